// The people of the workspace: the activity log (every change, who and
// when) and, for admins, the accounts (add, disable).
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_people_pages(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
