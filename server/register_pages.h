// The registers: what is stored, the upload (drag and drop, progress,
// strict or lenient) with its intake result, the import log, and the
// rejected rows' files for download.
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_register_pages(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
