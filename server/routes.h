// The workspace's routes, by what they serve; each adds its handlers to
// the server. Handlers check access first (access.h).
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

// /api/...: the JSON interface for scripts (api_routes.cpp).
void add_api_routes(Workspace& workspace, httplib::Server& http);
// The pages people use, and their assets (page_routes.cpp).
void add_page_routes(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
