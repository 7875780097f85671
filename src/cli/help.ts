/** The --help texts: what each command does, its options, and an example. */

export const VERSION = '0.1.0';

const INPUTS = `Inputs: files or folders (read recursively; hidden files skipped), http(s) URLs, or - for stdin.
  .html .htm           a web page (main text and metadata are extracted)
  .txt .md             an article as plain text (first line is the title unless better evidence)
  .json                a document object {"text"|"html", "title"?, "url"?, "outlet"?, "author"?,
                       "publishedAt"?, "language"?, "id"?, "story"?}, or an array of them
  .jsonl .ndjson       one document object per line
  any of these .gz     gzip-compressed

Limits (each breach is one error line for that input; the run goes on):
  50 MiB per input (file, stdin, URL body, unpacked .gz or Content-Encoding); 200 MiB of
  unpacked payloads per WARC; 10000 documents per input (--max-docs); markup nested over 200
  levels or over 16 million characters after scripts/styles is refused; URLs time out after
  20 s and follow at most 5 redirects. Only regular files are read: FIFOs and devices are
  refused (pipe them to -), folder walks skip links that leave the folder. After 10 failures
  with one error code in one input, the rest are one summary line.`;

const COMMON = `Options for every command:
  --db <path|url>      the store: a SQLite file (default triangulate.sqlite), or a PostgreSQL
                       database as postgres://user[:password]@host[:port]/name (must exist);
                       $TRIANGULATE_DB when not given
  -q, --quiet          no progress bar or summary on stderr (errors are still reported)
  --allow-private      allow URLs on loopback/private addresses (blocked by default: every
                       IPv4/IPv6 spelling, checked at connect time on every redirect hop)
  --max-docs <n>       read at most n documents from one input (default 10000)
  -h, --help           this help`;

export const HELP: Record<string, string> = {
  main: `triangulate ${VERSION} — many sources on a story, one brief where every sentence cites its source.

Usage: triangulate <command> [options] <inputs...>

Commands:
  brief <inputs...>     store the inputs, find their stories, print a brief per story
  brief [--story ID]    brief again the stored stories that changed (or the ones named)
  ingest <inputs...>    store the inputs' articles and analyses (stored pages are skipped)
  update                place the stored articles that are in no story yet into stories
  extract <inputs...>   print each document's clean main text and metadata (JSON lines)
  analyze <inputs...>   extract, then sentences, entities, quotes and claims (JSON lines)
  stories               list the stories in the store
  watch <sources...>    poll feeds, Telegram channels and folders; keep stories and briefs current
  worker                run the stage jobs queued in a PostgreSQL store (several at once)
  serve                 read the stories in a browser, and the HTTP API (127.0.0.1:8080)

'brief <inputs...>' is 'ingest', 'update' and 'brief' in a row, printing the inputs' stories.

Run 'triangulate <command> --help' for a command's options.

Exit codes: 0 when every input was processed (a bad document is reported, not fatal),
1 when the command itself failed, 2 for bad usage.

Example:
  triangulate brief examples/ --out brief/`,

  brief: `Usage: triangulate brief <inputs...> [--format md|json|html|csv|feed] [--out DIR] [--db PATH|URL]
       triangulate brief [--story ID]... [--format ...] [--out DIR] [--db PATH|URL]

With inputs: reads them into the store (a page whose content is already stored is neither
extracted nor analysed again), places the new articles into stories, and prints a brief for each
story that holds one of the inputs: quick look, synthesis (every sentence cites the source
passages that support it), who said what, claims, single-source claims, timeline, outlet
comparison and provenance. Briefs are stored with the story version they describe; a story that
has not changed since its last brief is not briefed again.

Without inputs: briefs the stored stories whose brief is missing or out of date (after
'triangulate ingest' and 'triangulate update'), stores and prints them; nothing when none is.

  --story <id>         brief these stories instead (repeatable; an id merged into another story
                       finds that story): printed from the store when current, else briefed again
  --window-days <n>    dated articles join only stories with an article within n days (default 7)

  --format <f>         what to print on stdout: md (default), json, html, csv (statements and
                       claims, one row per rendering/span), feed (a JSON Feed 1.1 of the briefs)
  --out <dir>          also write brief.md, brief.html (one self-contained page), brief.json,
                       brief.csv and feed.json there
  --llm-url <url>      optional: an OpenAI-compatible endpoint (e.g. http://127.0.0.1:11434/v1) that
                       rewrites each synthesis; every sentence it writes is checked against the
                       passages it cites and dropped or flagged when unsupported ($TRIANGULATE_LLM_URL;
                       key from $TRIANGULATE_LLM_KEY). No network is used without it.
  --llm-model <name>   the model to ask ($TRIANGULATE_LLM_MODEL)
  --no-embeddings      compare sources by their words alone: no sentence embeddings (USE-lite, English;
                       on by default, loaded only when a story needs it; $TRIANGULATE_EMBEDDINGS=off)

Disputes are found between figures and in meaning by default; disputes read from stance words (a
denial in one outlet against the statement it answers in another) are experimental, about half real
on unseen stories, and off unless $TRIANGULATE_STANCE_DISPUTES=on.

${INPUTS}

${COMMON}

Exit code 1 when no input could be read as an article (nothing to brief).

Example:
  triangulate brief examples/ --out brief/`,

  extract: `Usage: triangulate extract <inputs...> [--format jsonl]

Prints one JSON line per document:
  {"input", "inputId"?, "ok": true, "article": {"id", "title", "text", "outlet"?, "author"?, ...}}
  {"input", "inputId"?, "ok": false, "error": {"code", "message"}}

  --format <f>         jsonl (the only format)

${INPUTS}

${COMMON}

Example:
  triangulate extract page.html notes/ --format jsonl > articles.jsonl`,

  analyze: `Usage: triangulate analyze <inputs...> [--format jsonl]

Like extract, plus "analysis": sentences, entities (with every mention), quotes (speaker, cue,
direct | partial | reported) and claims, each pointing into the article's text by character offsets.

  --format <f>         jsonl (the only format)

${INPUTS}

${COMMON}

Example:
  triangulate analyze examples/004_b6d7bebe056b17a4.txt | jq '.analysis.quotes'`,

  ingest: `Usage: triangulate ingest <inputs...> [--format text|json] [--db PATH|URL] [--enqueue]

Reads the inputs and stores each document, its article and the article's analysis. A document
whose content hash is already stored is neither extracted nor analysed again (a rerun with nothing
new only reads and hashes); an error stored for it is reported again. Stories are not touched:
run 'triangulate update' next, then 'triangulate brief'.

  --format <f>         text (default: a summary on stderr) or json: {"read", "added": [article id],
                       "skipped", "failures": [{"input", "inputId"?, "ok": false, "error"}]} on stdout
  --enqueue            with --db postgres://…: store each new document and queue its jobs (in one
                       transaction) for 'triangulate worker' instead of working on it here; json
                       output is then {"read", "enqueued", "failures": [{"input", "inputId"?, "error"}]}

${INPUTS}

${COMMON}

Example:
  triangulate ingest feeds/today/ && triangulate update && triangulate brief --out brief/`,

  update: `Usage: triangulate update [--window-days N] [--format text|json] [--db PATH|URL]

Places the stored articles that sit in no story yet: each joins a story (or an event in it) or
starts one, as if every article had been read in time order; the clusterer's state is kept in the
store, so an update costs what the new articles cost. Story ids stay as stories grow: a story
keeps the id of its first article, and of two stories found to be one the earlier keeps its id
(the other becomes an alias). Each changed story's version goes up, which makes its brief stale.
An article older than the newest one already placed makes the update go back to the last update
before it and take every later article again in time order (so the stories are those of one batch
run; ids already given stay). Updates stay rewindable for 7 days of article dates; an older or
undated late article takes every stored article again. Such a replay is bounded: when it would
take more than 500 articles again (and more than the update places), the late articles are placed
now, after the newest (their own date still limits which stories they join), and their stories
may differ from a batch run's.

  --window-days <n>    dated articles join only stories with an article within n days (default 7)
  --format <f>         text (default: one line per changed story: status, id, version, articles)
                       or json: {"changed": [{"id", "status": "new"|"grown"|"merged", "articleIds",
                       "aliases", "version"}], "removed": [id], "placed", "replayed", "retaken",
                       "outOfOrder"}

${COMMON}

Example:
  triangulate update --format json | jq '.changed[] | select(.status == "new") | .id'`,

  stories: `Usage: triangulate stories [--format text|json] [--db PATH|URL]

Lists the stories in the store (as last updated by 'triangulate brief', 'update', 'watch' or a worker),
each under its brief's own headline once it has been briefed.

  --format <f>         text (default) or json: {"stories": [{"id", "title", "articles": [{"id", "input", "inputId"?}]}]}

${COMMON}`,

  watch: `Usage: triangulate watch <sources...> [--every 10m] [--out DIR] [--db PATH|URL]
                       [--watch-entity NAME]... [--watch-keyword WORD]... [--watchlist FILE] [--webhook URL]

Polls its sources on a schedule and runs every new document through the main job: it is stored,
extracted and analysed, the stories it joins are updated, and those stories get new briefs.

Sources:
  https://…            an RSS, Atom or JSON feed, or a page (a page that is a Telegram channel
                       preview is read post by post)
  tg:NAME, https://t.me/s/NAME
                       a public Telegram channel, through its web preview pages: one document per
                       post, the post's links kept as its provenance (cites); the first poll reads
                       --telegram-pages pages back (default 3, ~20 posts each), later polls page
                       back only to the first post already stored
  FILE.opml            every feed the subscription list names
  FOLDER or FILE       files as brief reads them; new and changed files are picked up as they
                       appear (file-system events, and a full rescan on every poll as a backstop)

Schedule: each source is polled at start and then every --every (default 10m; 90s, 15m, 2h …)
±10% jitter. Requests are conditional (ETag / If-Modified-Since: a 304 costs nothing), at most two
at a time per host, only where the host's robots.txt allows user agent "triangulate" (read once per
host and kept 24 h; unreachable robots.txt = not allowed for now), every hop through the private-
address guard, bodies capped at 50 MiB, 20 s timeout. After a failure the source waits 30 s,
then 1 m, 2 m … up to 6 h (each ±10%) until it answers again. One log line per event on stderr:
new document, 304, error with the retry delay, robots.txt refusal, stories created or grown.

  --every <duration>   how often each source is polled (default 10m)
  --once               poll every source once, then exit (for cron)
  --telegram-pages <n> channel preview pages read back on a first poll (default 3)
  --out <dir>          keep stories.atom (Atom 1.0) and stories.json (JSON Feed 1.1) there: the
                       latest 100 new or updated stories, each rewritten atomically on change
  --verbose            also log polls that found nothing new and each feed rewrite
  --window-days <n>    dated articles join only stories with an article within n days
  --no-embeddings      brief by words alone (no sentence embeddings), as for brief
  --llm-url, --llm-model   rewrite each synthesis with a model, as for brief

Watchlists: an alert fires once for a new story that names a watched entity or keyword, for a
new statement by a watched person, and for a new dispute in such a story.
  --watch-entity <name>   a person, organisation or place (repeatable); "Rutte" matches "Mark Rutte"
  --watch-keyword <word>  a word or phrase in a story's title, quick look or synthesis (repeatable)
  --watchlist <file>      lines "entity: Name" / "keyword: word" (# comments), or JSON
                          {"entities": [...], "keywords": [...]}
  --webhook <url>         POST each alert as JSON {"event", "story", "matched", "statement"?,
                          "dispute"?, "sentAt"}; off the poll loop, retried 5 times with backoff
                          (1 s, 2 s, 4 s …), same private-address guard as fetches

Stopping and resuming: Ctrl-C (SIGINT) or SIGTERM stops cleanly — fetches in flight are abandoned,
the batch being stored is finished; a second Ctrl-C exits at once (every store write is a
transaction, so the store stays whole either way). The store keeps each source's ETag and
Last-Modified and the items already handled, so a restart sends conditional requests and
processes only what is new; an item counts as handled only once it is stored, so a crash
(even kill -9) loses nothing and adds nothing twice.

${COMMON}

Example:
  triangulate watch https://feeds.bbci.co.uk/news/world/rss.xml tg:bbcrussian inbox/ \\
    --every 15m --out live/ --watch-entity "Mark Rutte" --webhook https://hooks.example.org/news`,

  serve: `Usage: triangulate serve [--host 127.0.0.1] [--port 8080] [--db PATH|URL]

Serves the store as a web reader and a JSON API until Ctrl-C:
  /                    stories (newest, most sources, disputed; filter by title)
  /stories/ID          the brief; a citation opens the cited passage in its article
  /articles/ID         an article with the passages a brief cites marked, each linking back
  /outlets/NAME        an outlet's stories, its framing terms and what it leaves out
  /search?q=           full-text search over articles and the briefs' statements
  /add                 add sources: paste URLs (pages, feeds), upload files
  /api/...             the same as JSON, described at /openapi.json; /feed.json: JSON Feed

  --host <addr>        where to listen (default 127.0.0.1: this machine only). Beyond loopback,
                       adding sources needs the token in $TRIANGULATE_TOKEN (form field, or
                       Authorization: Bearer for POST /api/ingest); without it adding is off.
  --port <n>           the port (default 8080; 0 picks a free one)
  --no-embeddings      briefs of added sources compare by words alone
  --no-warm            make a story's brief on its first visit only (by default every story's
                       brief is made ahead, newest first, in the background)

Pages carry no script and a strict Content-Security-Policy; forms carry a CSRF token;
additions are rate-limited (10 a minute per client), capped at 20 URLs, 10 files, 25 MB;
URLs pass the same private-address guard as the command line.

${COMMON}

Example:
  triangulate brief examples/ --quiet > /dev/null && triangulate serve   # then open http://127.0.0.1:8080/`,

  worker: `Usage: triangulate worker --db postgres://user@host:port/database [--concurrency N] [--progress N]

Runs the pipeline's stages as jobs stored in the PostgreSQL database (graphile-worker 0.17, schema
graphile_worker): analyze (extract and analyse one stored document; job key analyze:<content hash>),
stories (place the new articles in stories; one update at a time across all workers) and brief
(rebuild a changed story's brief; one at a time per story). Each job is added in the transaction
that stores the result before it, and running a job twice changes nothing, so any number of
workers on any machines may share one database, and a worker killed at any point loses nothing:
its jobs run again (when it restarts, or on another worker within seconds). Queue documents with
'triangulate ingest --db postgres://… --enqueue <inputs...>' or 'triangulate watch --db postgres://…'.

  --db <url>           the PostgreSQL store (required; $TRIANGULATE_DB when not given). A SQLite
                       file cannot be shared by workers: use ingest, update and brief on it instead
  --concurrency <n>    jobs at once in this process (default 1; extraction and analysis use one
                       core each, so start one worker per core, or raise this)
  --progress <n>       a progress line on stderr every n jobs (default 100; 0: none)
  --exit-when-idle     stop once no job waits or runs in the whole queue (batch use)
  --no-embeddings      briefs compare sources by their words alone (no USE-lite model loaded)
  -q, --quiet          no progress lines (job failures are still reported)

Ctrl-C or SIGTERM: no new job is taken, the running ones finish, then the worker exits (a second
Ctrl-C quits at once; the unfinished jobs are run again by the next worker).

Example:
  triangulate worker --db postgres://postgres@127.0.0.1:5432/news --concurrency 2`,
};
