vcl 4.1;

# Varnish in front of nginx (deploy/nginx.conf), which balances the app servers: anonymous
# public pages are kept as long as the app's `Cache-Control: public, …, s-maxage=N` says and
# banned when content is published (portal/core/frontend_cache.py sends the BANs). Everything
# else goes to the app every time. docs/deployment.md describes the layout; deploy/cluster.py
# runs this file on one machine, with the backend's port rewritten.

# nginx, which balances the app servers (deploy/cluster.py rewrites .host and .port).
backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

# Who may ban: the app servers and the worker (WAGTAILFRONTENDCACHE's VARNISH_URL).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Ours alone: the cookies put aside for the lookup (see below).
    unset req.http.X-Varnish-Cookie;

    if (req.method == "BAN") {
        # Straight from a purger: a request relayed by another proxy on this host (the TLS
        # terminator) arrives with its X-Forwarded-For, to which Varnish added ours.
        if (client.ip !~ purgers || req.http.X-Forwarded-For ~ ",") {
            return (synth(405, "Not allowed"));
        }
        # A regular expression over path and query (^/fr/…$ for one URL, ^/fr/ for a
        # prefix), for one host; no blanks or quotes, which would change the ban's grammar.
        if (!req.http.X-Ban-Pattern || req.http.X-Ban-Pattern ~ {"[\s"]"}
            || req.http.host ~ {"[\s"]"}) {
            return (synth(400, "X-Ban-Pattern missing or malformed"));
        }
        # On obj.* only, so that the ban lurker drops matching objects in the background.
        ban("obj.http.x-host == " + req.http.host
            + " && obj.http.x-url ~ " + req.http.X-Ban-Pattern);
        return (synth(200, "Banned"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, documents (private collections), the load balancer's check, and the member
    # and account areas in every language (portal/core/privacy_headers.py): always the app's.
    if (req.url ~ "^/(admin|documents|health)/"
        || req.url ~ "^/(fr/espace-membre|fr/compte|en/member-area|en/account|ar/member-area|ar/account)/") {
        return (pass);
    }
    # A signed-in member, or a message waiting to be shown: the page is theirs alone.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)="
        || req.http.Authorization) {
        return (pass);
    }
    # Other cookies (csrftoken…) do not change an anonymous public page: look it up without
    # them, so that every visitor shares one copy (and `Vary: Cookie` sees no cookie), but
    # give them back to the app (vcl_backend_fetch): a form keeps its visitor's CSRF token.
    if (req.http.Cookie) {
        set req.http.X-Varnish-Cookie = req.http.Cookie;
        unset req.http.Cookie;
    }
    return (hash);
}

sub vcl_backend_fetch {
    if (bereq.http.X-Varnish-Cookie) {
        set bereq.http.Cookie = bereq.http.X-Varnish-Cookie;
        unset bereq.http.X-Varnish-Cookie;
    }
}

sub vcl_backend_response {
    # What the object was stored for, for bans on obj.* (removed again in vcl_deliver).
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;

    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what the app marks `public` (the time to keep it: s-maxage, which Varnish reads
    # before max-age), complete (200) and setting no cookie; not redirects, not errors.
    if (beresp.status != 200
        || beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(?i)(^|,)\s*public\s*(,|$)"
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || beresp.ttl <= 0s) {
        # Not stored, and the next request for it goes to the app at once (hit-for-miss).
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Stored copies are looked up without cookies (vcl_recv), but Varnish keys a variant on the
    # request it sent, cookies given back: `Vary: Cookie` would keep the first visitor's copy
    # for that visitor alone. Dropped here, given back to browsers in vcl_deliver.
    if (beresp.http.Vary ~ "(?i)\bcookie\b") {
        set beresp.http.Vary = regsub(
            regsuball(beresp.http.Vary, "(?i)(^|,)\s*cookie\s*(?=,|$)", ""), "^\s*,\s*", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
        set beresp.http.x-vary-cookie = "1";
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.x-host;
    if (resp.http.x-vary-cookie) {
        unset resp.http.x-vary-cookie;
        if (resp.http.Vary) {
            set resp.http.Vary = resp.http.Vary + ", Cookie";
        } else {
            set resp.http.Vary = "Cookie";
        }
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
