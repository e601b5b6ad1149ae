-- The action-log POST for wrk (bench/pages.py): each request is one ambassador's form with a
-- fresh client UUID, the accounts taken in turn so that no account's throttle is met first.
-- Arguments: the accounts' file (a line each: the Cookie header, the CSRF token, the pôle's
-- id and the ambassador's address for X-Forwarded-For, separated by tabs), the form's path,
-- the date (YYYY-MM-DD), the number of wrk threads.
local folder = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(folder .. "report.lua")

local report_setup = setup
local thread_count = 0

function setup(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
  report_setup(thread)
end

function init(args)
  accounts = {}
  for line in io.lines(args[1]) do
    local cookie, csrf, pole, address = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if cookie then
      table.insert(accounts, { cookie = cookie, csrf = csrf, pole = pole, address = address })
    end
  end
  path, day, stride = args[2], args[3], tonumber(args[4])
  sent = 0
  answers_2xx, answers_3xx, answers_4xx, answers_5xx, answers_429 = 0, 0, 0, 0, 0
  math.randomseed(os.time() * 1000 + thread_id * 7919 + math.floor(os.clock() * 1e6))
end

local function uuid4()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and math.random(0, 15) or math.random(8, 11))
  end))
end

function request()
  local account = accounts[((sent * stride + thread_id) % #accounts) + 1]
  sent = sent + 1
  local body = "csrfmiddlewaretoken=" .. account.csrf .. "&uuid=" .. uuid4() .. "&date=" .. day
    .. "&kind=stand&theme=promotion-de-la-sante&pole=" .. account.pole .. "&people=12&note="
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = account.cookie,
    ["X-Forwarded-For"] = account.address,
  }
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if status == 429 then
    answers_429 = answers_429 + 1
  end
  if status >= 500 then
    answers_5xx = answers_5xx + 1
  elseif status >= 400 then
    answers_4xx = answers_4xx + 1
  elseif status >= 300 then
    answers_3xx = answers_3xx + 1
  else
    answers_2xx = answers_2xx + 1
  end
end
