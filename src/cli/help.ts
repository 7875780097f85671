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
  extract <inputs...>   print each document's clean main text and metadata (JSON lines)
  analyze <inputs...>   extract, then sentences, entities, quotes and claims (JSON lines)
  stories               list the stories in the store
  worker                run the stage jobs queued in a PostgreSQL store (several at once)

Run 'triangulate <command> --help' for a command's options.

Exit codes: 0 when every input was processed (a bad document is reported, not fatal),
1 when the command itself failed, 2 for bad usage.

Example:
  triangulate brief examples/ --out brief/`,

  brief: `Usage: triangulate brief <inputs...> [--format md|json|html|csv|feed] [--out DIR] [--db PATH|URL]

Reads the inputs into the store (documents already stored are not added twice), clusters every
stored article into stories, and prints a brief for each story that holds one of the inputs:
quick look, synthesis (every sentence cites the source passages that support it), who said what,
claims, single-source claims, timeline, outlet comparison and provenance.

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

  stories: `Usage: triangulate stories [--format text|json] [--db PATH|URL]

Lists the stories in the store (as last clustered by 'triangulate brief').

  --format <f>         text (default) or json: {"stories": [{"id", "title", "articles": [{"id", "input", "inputId"?}]}]}

${COMMON}`,

  worker: `Usage: triangulate worker --db postgres://user@host:port/database [--concurrency N] [--progress N]

Runs the pipeline's stages as jobs stored in the PostgreSQL database (graphile-worker, schema
graphile_worker): analyze (extract and analyse one stored document; job key analyze:<content hash>)
and stories (update the stories of everything stored, one update at a time across all workers).
Each job is added in the same transaction that stores the result before it, and running a job
twice changes nothing, so any number of workers on any machines may share one database, and a
worker killed at any point loses nothing: its jobs are run again (by itself when restarted, or
by another worker within seconds). Queue documents with 'triangulate ingest --db postgres://…
--enqueue <inputs...>' or 'triangulate watch --db postgres://…'.

  --db <url>           the PostgreSQL store (required; $TRIANGULATE_DB when not given). A SQLite
                       file cannot be shared by workers: use brief or ingest on it instead
  --concurrency <n>    jobs at once in this process (default 1; extraction and analysis use one
                       core each, so start one worker per core, or raise this)
  --progress <n>       a progress line on stderr every n jobs (default 100; 0: none)
  --exit-when-idle     stop once no job waits or runs in the whole queue (batch use)
  -q, --quiet          no progress lines (job failures are still reported)

Ctrl-C or SIGTERM: no new job is taken, the running ones finish, then the worker exits (a second
Ctrl-C quits at once; the unfinished jobs are run again by the next worker).

Example:
  triangulate worker --db postgres://postgres@127.0.0.1:5432/news --concurrency 2`,
};
