// The documents of a run, for download (run_files.h):
//   /runs/ID/files/NAME               report.html, report.xlsx, records.zip, ...
//   /runs/ID/records/CODE.html|.md    an agency's inspection record, to print
// Names are looked up among the files the run left, never joined as sent.
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_download_routes(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
