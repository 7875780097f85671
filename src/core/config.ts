/**
 * Tuned numbers, one place. Each says what it was tuned on and what it gave; change one only with
 * a measurement beside it.
 */

// --- ingest ---

/** Inputs larger than this are rejected as `too-large` (a page this big is not an article). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** All payloads of one WARC archive together, after Content-Encoding is undone (each record alone: MAX_INPUT_BYTES).
 *  A safety cap, not tuned: 4 × the input cap leaves room for compressed archives of real pages (~5:1). */
export const MAX_WARC_PAYLOAD_BYTES = 4 * MAX_INPUT_BYTES;
/** Documents read from one input (a JSON array, JSON lines, a feed, a WARC, an OPML list's feeds); the rest is one
 *  too-large line. A safety cap (`--max-docs`), not tuned: a million tiny objects in one 30 MB array took 93 s and 2.4 GB. */
export const MAX_DOCUMENTS_PER_INPUT = 10_000;
/** After this many failures with one error code in one input, the rest are one summary line (not a million lines). */
export const REPEATED_ERRORS_SHOWN = 10;

// --- extract ---

/** A line longer than this is a paragraph, not a headline. Seeds 000–004: headlines are 43–78 chars, leads 114+. */
export const TITLE_MAX_CHARS = 150;
/** A title made from a lead's first sentence is cut at a word boundary to this length (plus "…"). */
export const TITLE_FROM_SENTENCE_MAX_CHARS = 100;
/** Lines before the first title line with at most this many words are breadcrumbs ("Top StoryWorld"). Seed 004. */
export const BREADCRUMB_MAX_WORDS = 4;
/** A repeated line needs at least this many words to be taken as the title (not a label like "Share"). */
export const REPEATED_TITLE_MIN_WORDS = 3;
/** The headline after "Previous/Next Article" is dropped when at most this long. Seed 004 (57 and 75 chars). */
export const ADJACENT_HEADLINE_MAX_CHARS = 160;
/** A comment-section marker only cuts when this share of the text's characters comes before it (not a nav link). */
export const COMMENT_CUT_MIN_SHARE = 0.3;
/** Author bios are looked for in this many last lines. Seeds 002, 003 (bio is the last line). */
export const BIO_TAIL_LINES = 3;
/** A photo caption is looked for in this many lines right after the title. Seed 001 (second line). */
export const CAPTION_SCAN_LINES = 2;
/** A dateline ("BRUSSELS —") is looked for in this many first lines. Seed 004: the lead is the 13th kept line. */
export const DATELINE_SCAN_LINES = 20;
/** A source-list entry (a link line under "Sources") is at most this long. */
export const SOURCE_ENTRY_MAX_CHARS = 200;
/** The language guess needs at least this many words. */
export const LANGUAGE_MIN_WORDS = 12;
/** …and this share of them from one language's stop-word list. English seeds 000–004: 0.26–0.36 (all guessed `en`). */
export const LANGUAGE_MIN_STOPWORD_SHARE = 0.2;
/** A block named like furniture (share, related, newsletter …) is kept when it holds more than this share of the
 *  page's text (it is then the content's wrapper). Pruning with these guards moved shared/data/aeb F1 0.958 → 0.961
 *  and trafilatura-eval snippet F1 0.897 → 0.901 (`npm run bench -- extraction trafilatura-eval`). */
export const BOILERPLATE_SHARE_MAX = 0.5;
/** …or when it holds at least this many paragraphs of at least this many characters (a content wrapper named
 *  "penci_sidebar"). Without this guard aeb F1 fell to 0.946 (whole articles pruned). */
export const BOILERPLATE_KEEP_PARAGRAPHS = 3;
export const BOILERPLATE_PARAGRAPH_CHARS = 80;
/** Under a related-links heading, lines up to this long without sentence punctuation are listed headlines. */
export const RELATED_ITEM_MAX_CHARS = 160;
/** A run of this many lines whose characters are at least this share link text is a link list, not article text.
 *  With the follow-us/listen rules it moved aeb F1 0.967 → 0.970, trafilatura-eval 0.914 → 0.916. */
export const LINK_LIST_MIN_RUN = 2;
export const LINK_LIST_MIN_SHARE = 0.9;
/** A meta description this long is matched against the page body to restore a lead Readability dropped; the match
 *  uses its first LEAD_PREFIX_CHARS characters. trafilatura-eval 0.905 → 0.911 (its gold keeps leads), aeb −0.001
 *  (its gold drops subtitles, hence headings are never restored). */
export const LEAD_MIN_CHARS = 60;
export const LEAD_PREFIX_CHARS = 60;
/** …and the restored block may be at most this many times the description's length (plus the prefix). */
export const LEAD_MAX_GROWTH = 2;
/** Duplicates: MinHash over 5-word shingles, 128 hash functions in 32 LSH bands of 4 rows (a pair with Jaccard 0.5
 *  becomes a candidate with probability 1 − (1 − 0.5⁴)³² ≈ 0.87, at 0.7 ≈ 1.0). A candidate is a near duplicate when
 *  its exact shingle Jaccard or containment reaches these values. Checked on the seed pages: the five different seeds
 *  share at most a few quotes (Jaccard < 0.05), a seed and its truncated / furniture-stripped copies are found. */
export const DUPLICATE_SHINGLE_WORDS = 5;
export const DUPLICATE_PERMUTATIONS = 128;
export const DUPLICATE_LSH_BANDS = 32;
export const DUPLICATE_MIN_JACCARD = 0.5;
export const DUPLICATE_MIN_CONTAINMENT = 0.8;
/** Texts with fewer shingles than this are matched only as exact copies (a one-line post is not a syndicated article). */
export const DUPLICATE_MIN_SHINGLES = 20;
/** Markup nested deeper than this is refused before parsing: Readability's cost grows faster than quadratically with
 *  depth (300 levels: 0.7 s, 2,000: 45 s) and linkedom overflows the stack near 5,000. The 820 pages of shared/data/aeb
 *  + trafilatura-eval nest at most 51 deep (median 16). */
export const MAX_HTML_DEPTH = 200;
/** HTML larger than this (in characters, after dropping scripts, styles, noscript, svg and comments) is refused as `too-large`:
 *  extraction costs about 0.3 s and 50 MB of memory per MB; the largest page in shared/data/aeb is 1.5 MB. */
export const MAX_HTML_CHARS = 16_000_000;
/** A written publication date is looked for in this many date-like elements (class "date", "meta", `<time>` …). */
export const DATE_HOLDER_SCAN = 30;
/** A line this short that holds a date and at most one other word is a date line ("7. oktober 2020"). */
export const DATE_LINE_MAX_CHARS = 40;
/** A byline with a date ("von … am 14. Mai 2014, 15:40 Uhr") is at most this long. */
export const DATED_BYLINE_MAX_CHARS = 120;
/** Readability scores the page again with looser rules (up to 3 more passes, each re-parsing the body) while its
 *  article is shorter than this. trafilatura-eval dev F1 0.9267 at Readability's default 500, 0.9272 at 250, 0.9258
 *  at 100; aeb 0.9712 at 500 and 250, 0.956 at 100. 250 also spares a pass on pages with a short article. */
export const READABILITY_CHAR_THRESHOLD = 250;
/** When Readability keeps less text than this, the pruned page body is read instead (if it holds more).
 *  trafilatura-eval F1 0.9221 at 100, 0.9217 at 200, 0.9214 at 500; aeb 0.971, 0.971, 0.970. */
export const SHORT_CONTENT_CHARS = 100;
/** A line of at least this many characters, most of them outside links, is running prose (find-prose-block.ts). */
export const PROSE_LINE_CHARS = 80;
/** A block's prose score is its prose less this share of its other text (short lines, link text). */
export const PROSE_OTHER_WEIGHT = 0.5;
/** Readability's content gives way to the page's prose block when it holds less than this much prose and less than
 *  PROSE_COVERED_MIN of the block's prose (a prose line counts as held when its first PROSE_OPENING_CHARS are).
 *  trafilatura-eval dev F1 0.9294 → 0.9329 (hash halves even 0.9305 → 0.9335, odd 0.9283 → 0.9322), aeb 0.9712
 *  unchanged. With no cap on Readability's prose, aeb fell to 0.961: under a complete article the block then adds
 *  comment threads or teaser lists; 1500 was the cap at which aeb was unchanged (2000 cost one aeb page). */
export const PROSE_BLOCK_OWN_MAX = 1500;
export const PROSE_COVERED_MIN = 0.5;
export const PROSE_OPENING_CHARS = 40;

// --- analyze ---

/** A paragraph of at most this many words is a heading if it lacks end punctuation or is mostly capitalised.
 *  Set on the five seed pages: the longest real heading/bullet there has 12 words, the shortest body sentence 15. */
export const HEADING_MAX_WORDS = 14;

/** Share of capitalised words that makes a short punctuated line a title-case heading ("… Breakaway From U.S."). */
export const HEADING_CAPITALISED_SHARE = 0.7;

/** How far after a closing quote mark a cue is looked for (chars). The longest cue on the seeds,
 *  `Weber said in an interview with Germany’s Funke Media Group`, is 58 chars after the mark. */
export const QUOTE_CUE_WINDOW = 120;

/** Quoted words inside a sentence, with no speech cue, this short are a scare quote, not a partial quote
 *  ("“collateral damage”"). PolNeAR dev (716 articles): 3 → direct-quote P 0.600 → 0.607 at R 0.967 → 0.964;
 *  even half 0.559 → 0.566, odd 0.642 → 0.649. */
export const SCARE_QUOTE_MAX_WORDS = 3;
/** Capitalised quoted words with no speech cue, up to this many, are a title or a name ("“Meet the Press”"). */
export const QUOTED_TITLE_MAX_WORDS = 6;
/** Title-case quoted words mid-sentence, even after a cue, up to this many are a programme or book title ("“On the
 *  Record with Greta Van Susteren.”", 7 words, BASIL 2015): a spoken sentence is not in title case. */
export const QUOTED_TITLE_AFTER_CUE_MAX_WORDS = 8;

/** A speaker phrase's head (before its first comma) has at most this many words. Set on PolNeAR's shared split:
 *  9 → 12 let "According to a just-released poll from Florida Atlantic University broadcast on MSNBC" through;
 *  all-attribution overlap F1 60.2 either way, direct-quote speaker accuracy 86.0. */
export const SPEAKER_HEAD_MAX_WORDS = 12;

/** He/she looks this many paragraphs back for a person of that gender before the last speaker (PolNeAR shared split:
 *  direct-quote speaker accuracy 86.4 overlap / 78.4 exact at 2). */
export const PRONOUN_PARAGRAPHS_BACK = 2;

// --- cluster ---

/**
 * An arriving article joins the story with the highest average-link cosine (mean cosine to its members) when
 * that reaches this; otherwise it starts a story. Set for undated excerpts of ~36 distinct terms, lowered for
 * longer texts and for bare headlines (see create-clusterer.ts). With IDF faded below CLUSTER_FULL_IDF_TERMS,
 * NeuS (6,438 title+lead excerpts, undated, one pool; even/odd halves by story id): 0.25 → B³ F1 0.731,
 * 0.30 → 0.761 (even 0.765, odd 0.757; P 0.806, R 0.722); was 0.747 with full IDF at 0.25. In an order unrelated
 * to the stories (input order puts a story's excerpts side by side) 0.723 → 0.743 (even 0.745, odd 0.741).
 * Lowered 0.30 → 0.27 with CROWD_TARGET_WEIGHT (crowded stories discounted, so a lower bar costs little precision):
 * NeuS P 0.897 → 0.897, R 0.732 → 0.747, F1 0.806 → 0.815 (even 0.807 → 0.815, odd 0.806 → 0.815); BASIL unchanged.
 */
export const STORY_JOIN_SIMILARITY = 0.27;

/**
 * Terms weigh by TF × IDF^p with p = min(1, distinct terms / CLUSTER_FULL_IDF_TERMS): in a short text a word
 * seen by chance in few documents outweighs the story's own words, which its other reports share. Nearest
 * neighbour in the same NeuS story: full IDF 0.695/0.692 (even/odd), IDF^0.5 0.717/0.713. 80 → NeuS 0.762, 36
 * (squared, as before) → 0.747; BASIL (hundreds of terms) keeps full IDF.
 */
export const CLUSTER_FULL_IDF_TERMS = 80;

/**
 * A dated article joins an event of its story at this lower bar when the event's dated reports lie within
 * EVENT_WINDOW_DAYS of it (as a dated story join needs less evidence). BASIL (each triplet one event), event
 * B³ F1: 0.36 (EVENT_JOIN_SIMILARITY) → 0.706, 0.20 → 0.937, 0.15 → 0.977 (even 0.983, odd 0.970), 0.12 → 0.991.
 * Kept above DATED_JOIN_SIMILARITY so that an event stays tighter than its story.
 */
export const DATED_EVENT_JOIN_SIMILARITY = 0.15;
export const EVENT_WINDOW_DAYS = 3;

/**
 * An article whose best story reaches DISTINCT_JOIN_SHARE of its join bar, while the runner-up reaches at most
 * DISTINCT_RUNNER_UP_RATIO of the best one's score, joins that story instead of starting one (a clear nearest story).
 * NeuS B³ F1 (even/odd) 0.765/0.757 → 0.769/0.761 (in an order unrelated to the stories 0.745/0.741 →
 * 0.745/0.742); UCI 0.769 → 0.779 (baseline 0.771; 0.772–0.789 for shares 0.8–0.9 and ratios 0.4–0.6);
 * BASIL unchanged (0.985). A share of 0.6–0.7 loses UCI precision (0.734–0.758).
 */
export const DISTINCT_JOIN_SHARE = 0.8;
export const DISTINCT_RUNNER_UP_RATIO = 0.5;

/**
 * The same when the article and the story are both dated (and within STORY_WINDOW_DAYS): the window already
 * rules out most look-alikes. BASIL (201 dated articles, one pool): 0.10 → B³ F1 0.985, 0.12 → 0.983
 * (P 0.973, R 0.993), 0.16 → 0.972.
 */
export const DATED_JOIN_SIMILARITY = 0.12;
/**
 * …raised by this share of itself per STORY_WINDOW_DAYS between the article and the story's nearest dated report
 * (0 inside the story's span): the window is no cliff, and a report six days after a story's last one needs more
 * shared words than one of the same day. BASIL (dev bench, one pool) B³ F1 0.985 → 0.992 (even 0.987 → 0.993, odd
 * 0.982 → 0.991; Mueller's BuzzFeed statement of 18 January no longer takes Roger Stone's indictment of the 25th);
 * 2 the same, 3 splits triplets (0.983). Undated texts (NeuS, UCI) are unchanged.
 */
export const DATED_GAP_RAISE = 1;

/**
 * An article also joins a story when its cosine to one member beats the join threshold by this much (a strong
 * single link, to any recent article sharing an index term). NeuS (measured with the link to a story's latest 20
 * members): 0 → F1 0.699, 0.05 → 0.749, 0.10 → 0.763; BASIL unchanged. Scaled by the text's length factor
 * (see create-clusterer.ts), as the join bar is.
 */
export const SINGLE_LINK_EXTRA = 0.1;

/**
 * An arriving article single-linked at or above this cosine to several stories merges them (they were one story
 * that began as pieces). UCI headlines (658, 13 stories, undated): none → B³ F1 0.58, 0.40 → 0.74, 0.45 → 0.752
 * (P 0.859, R 0.668), 0.50 → 0.72; BASIL unchanged at 0.983.
 */
export const STORY_BRIDGE_SIMILARITY = 0.45;

/**
 * Inside a story, an article joins the most similar event (same happening) at or above this average-link cosine
 * (IDF as it stood on arrival). Seeds: 0.36–0.38 give the four events of EXPECTED.md (001 + 004, the dpa
 * interview, as one); 0.30 merges 000–002 with them, 0.40 splits 001 from 004. BASIL (every triplet one event):
 * 0.15 → event B³ F1 0.977, 0.30 → 0.799 — a small batch like the seeds inflates cosines, so no one value fits
 * both; BASIL's dated reports get DATED_EVENT_JOIN_SIMILARITY instead (the seeds are undated but for 003).
 */
export const EVENT_JOIN_SIMILARITY = 0.36;

/**
 * A dated article only joins a story whose dated articles lie within this many days of it. BASIL: a
 * triplet's dates spread over at most 4 days. Undated articles and stories are not limited.
 */
export const STORY_WINDOW_DAYS = 7;

/** Title words count this many times, lead words (the first LEAD_WORDS content words of the text) LEAD_WEIGHT times. */
export const TITLE_WEIGHT = 3;
/**
 * In a short text (under CLUSTER_FULL_IDF_TERMS distinct terms) a title word's log-scaled count is then multiplied
 * by this: the log flattens TITLE_WEIGHT (3 counts give 2.1, one lead mention 1.7), yet a headline is what two
 * outlets' excerpts of one story share most. NeuS nearest excerpt in own story (bench/cluster-similarity.ts,
 * even / odd): 1 → 0.714 / 0.706, 1.5 → 0.722 / 0.712, 2 → 0.698 / 0.692; B³ F1 with the surname entities
 * 0.816 → 0.819 (P 0.897 → 0.876, R 0.749 → 0.769). Long pages are left out: there it joined the seeds' Munich
 * remarks (002) to the dpa interview event (001, 004), against EXPECTED.md.
 */
export const TITLE_TERM_BOOST = 1.5;
export const LEAD_WEIGHT = 2;
export const LEAD_WORDS = 40;

/** IDF smoothing: the documents seen so far count as at least this many (see term-statistics.ts). */
export const MIN_BACKGROUND_DOCUMENTS = 50;

/**
 * Undated texts: a comparison loses this share of its similarity when the two leads name different weekdays, and
 * FIGURE_CONFLICT_PENALTY when every figure of one is far from every figure of the other (see event-cues.ts);
 * dated comparisons are left to the time window. NeuS B³ F1 (even/odd): none 0.769/0.759 → 0.2/0.2 0.785/0.782,
 * 0.3/0.3 0.788/0.784 (P 0.797 → 0.857, R 0.734 → 0.726), 0.4/0.4 0.788/0.782, 0.3/0 0.785/0.782; in an order
 * unrelated to the stories 0.744/0.743 → 0.768/0.766. Nearest neighbour in the same story 0.713/0.707 → 0.739/0.736
 * (a different weekday: 5.6% of a text's ten nearest same-story texts, 33% of the others). BASIL, UCI unchanged.
 * Tried on the nearest-neighbour rate (even/odd 0.713/0.707 lexical) without gain: random-indexing context vectors
 * learned from the pool blended with the cosine (256/1024 dims; α 0.2 → 0.711–0.713, 0.4 → 0.706–0.711, alone
 * 0.61/0.60), month-day conflicts (0.712/0.707), quoted words or bigrams as extra terms (0.711/0.704,
 * 0.702/0.701), wire datelines stripped (unchanged), 6-letter prefixes (0.707/0.714); a bonus for the same weekday
 * (0.745/0.737, too small on odd); the cues at the event level (NeuS events 0.740 → 0.736).
 */
export const DAY_CONFLICT_PENALTY = 0.3;
export const FIGURE_CONFLICT_PENALTY = 0.3;

/**
 * An undated article left alone in its story is shown in the nearest story of two or more articles when that
 * reaches ORPHAN_ADOPT_SHARE of its join bar and the runner-up at most ORPHAN_RUNNER_UP_RATIO of the nearest
 * (see create-clusterer.ts). NeuS B³ F1 (even/odd) 0.788/0.784 → 0.795/0.792 (R 0.726 → 0.752), unrelated order
 * 0.768/0.766 → 0.775/0.776; ratio 0.5 → 0.792/0.788, 0.7 → 0.794/0.788, 0.8 → 0.783/0.779; the share matters
 * little (0.3–0.6 within 0.002). UCI 0.772 → 0.774, BASIL unchanged (dated). Costs a pass over the orphans in
 * stories() (~0.45 s of ~7.5 s at 7.3k documents).
 */
export const ORPHAN_ADOPT_SHARE = 0.5;
export const ORPHAN_RUNNER_UP_RATIO = 0.6;

/**
 * An undated text (not a bare headline) moves its join bar by CROWD_RAISE_WEIGHT of the amount by which the mean of
 * its CROWD_NEIGHBOURS strongest story links exceeds CROWD_REFERENCE (scaled with its length, as the bar is): up on a
 * crowded topic, down where its neighbours are all far (see crowdedRaise in create-clusterer.ts). CROWD_REFERENCE is
 * the median of that mean on the NeuS dev excerpts. NeuS dev B³ F1 (bench/clustering-dev.ts, POOLS=1): full pool
 * 0.794 → 0.806 (even 0.795 → 0.806, odd 0.792 → 0.805; P 0.841 → 0.898, R 0.752 → 0.731); each half as a pool of
 * its own 0.830 → 0.834 and 0.823 → 0.830; val+test stories alone 0.874 → 0.874; the first 600 stories 0.857 →
 * 0.855. A raise only (never lowered) gave 0.804 in the full pool but lost on the small pools (0.874 → 0.870);
 * weights 0.3 / 0.8 gave 0.800 / 0.800. BASIL unchanged (dated). Bare headlines are left out: on UCI it cost
 * 0.774 → 0.749 (two shared words make a headline's neighbourhood look crowded or empty by chance).
 */
export const CROWD_RAISE_WEIGHT = 0.6;
export const CROWD_REFERENCE = 0.237;
export const CROWD_NEIGHBOURS = 3;
/**
 * The target side of the same local scaling (CSLS scores a pair by both sides' crowding): an undated link to an
 * article, or a story's average link, loses this share of that article's (its members' mean) crowding, counted only
 * when positive (a negative share let isolated stories pull everything in: at 1.0 all NeuS became one story).
 * Nearest excerpt in own story by TF-IDF, NeuS: 0.714 → 0.755 with the target side at 0.5 (bench/cluster-similarity.ts).
 * NeuS B³ at bar 0.30: 0 → F1 0.806, 0.6 → 0.811 (P 0.906); with the bar at 0.27 → 0.815 (see STORY_JOIN_SIMILARITY).
 */
export const CROWD_TARGET_WEIGHT = 0.6;

/**
 * An undated story is shown split into parts of two or more articles when those parts link by average (mean pairwise
 * cosine, cut for conflicting weekdays and figures) below SPLIT_BAR_SHARE of their articles' mean join bar (see
 * looseParts in create-clusterer.ts): the stream joins one article at a time by its best link, so the first report
 * of a story can join an older story on the same topic and its other reports follow it there. NeuS B³ F1
 * (bench/clustering-dev.ts, all 2,152 stories as one pool; even / odd halves): 0.819 (0.821 / 0.817, P 0.876) →
 * share 1.0: 0.825 (0.828 / 0.821), 1.2: 0.827 (0.831 / 0.824, P 0.899), 1.4: 0.829 (0.833 / 0.825); each half as a
 * pool of its own 0.850 / 0.845 → 0.855 / 0.852, 0.858 / 0.855, 0.861 / 0.856; in an order unrelated to the
 * stories (SHUFFLE=1) 0.775 → 0.786, 0.792, 0.794. BASIL unchanged (dated). 1.2 and not 1.4: at 1.4 nearly every
 * story of four or more that holds two close pairs is split (the gain has levelled off), which a real undated
 * folder of one story's reports would pay for. Stories of more than SPLIT_MAX_MEMBERS own articles are shown whole
 * (the check costs their pairwise cosines). With stories holding a bare headline left whole (UCI): 1.2 gives 0.826
 * (0.829 / 0.823, P 0.896); UCI 0.762 as without the check.
 */
export const SPLIT_BAR_SHARE = 1.2;
export const SPLIT_MAX_MEMBERS = 40;

/** How many of an article's highest-weighted terms index it for candidate lookup (keeps clustering near-linear). */
export const CLUSTER_INDEX_TERMS = 30;

/** Memory per article and per story is bounded: an article keeps its top terms, a centroid its top terms. */
export const CLUSTER_ARTICLE_TERMS = 120;
export const CLUSTER_CENTROID_TERMS = 300;

// --- compare ---

/**
 * Two sentences of different articles say the same thing when they share at least this many content
 * words and this share of the shorter one's words. Checked by eye on the seed pages (the two dpa
 * renderings share 5 of 7 words; unrelated sentences on the same story rarely share more than 3).
 */
export const SUPPORT_MIN_SHARED_WORDS = 4;
export const SUPPORT_MIN_OVERLAP = 0.5;

/**
 * Two quotes of one speaker are renderings of one statement when they share at least this many content
 * words, covering this share of the shorter quote and STATEMENT_MIN_COVER of the longer one. On the
 * seeds the two dpa translations share 5 words (5/7 and 5/9); "We must do more, absolutely — but do it
 * with the United States" shares only 3 words with them and must stay a statement of its own.
 */
export const STATEMENT_MIN_OVERLAP = 0.6;
export const STATEMENT_MIN_COVER = 0.4;
export const STATEMENT_MIN_SHARED_WORDS = 4;
/**
 * Reported speech reaches the brief's "who said what" only with a speaker and at least this many content words:
 * the analysis also finds agentless hedges and stance cues ("… cannot be assumed", "follows the admission"), which
 * count as attributions on PolNeAR but tell a reader nothing about who said what. They stay in `analyze` output.
 */
export const REPORTED_STATEMENT_MIN_WORDS = 4;

/** A term frames an outlet when its log-odds z-score against the other outlets reaches this (95% one-sided is 1.645). */
export const FRAMING_MIN_Z = 1.96;
/** At most this many framing terms are shown per outlet. */
export const FRAMING_MAX_TERMS = 6;

// --- compose ---

/**
 * Maximal marginal relevance trade-off between a sentence's relevance and its novelty against the
 * sentences already chosen (Carbonell & Goldstein 1998). 0.7 is the usual starting point; first cut,
 * to be tuned on NeuS (issue 6).
 */
export const MMR_LAMBDA = 0.7;
/** Quick look: this many bullets at most (issue 13: 5–7); at least QUICK_LOOK_MIN when the story has twice that many usable sentences. */
export const QUICK_LOOK_MAX = 7;
/** The reading part of a brief (headline to synthesis) stays within this many words (issue 13); the synthesis gets what the quick look leaves. */
export const READING_MAX_WORDS = 600;
/**
 * …and within this share of the sources' words, leaving the rest of BRIEF_MAX_SOURCE_SHARE to the detail sections,
 * sources and citations. BASIL triplets (bench/brief-length.ts): without it 30 of 67 Markdown briefs went over
 * their 40% budget (reading parts of ~400 words on ~1,500 source words).
 */
export const READING_MAX_SOURCE_SHARE = 0.25;
/** The whole Markdown brief stays within this share of its sources' words, and within BRIEF_MAX_WORDS (issue 13). */
export const BRIEF_MAX_SOURCE_SHARE = 0.4;
export const BRIEF_MAX_WORDS = 2500;
/**
 * The brief's own headline: a main clause of this many words, from the first HEADLINE_LEAD_SENTENCES sentences of
 * each article, the HEADLINE_POOL best told. Not tuned: read on the seeds and one BASIL triplet (Mattis resigns).
 */
export const HEADLINE_MIN_WORDS = 5;
export const HEADLINE_MAX_WORDS = 20;
/**
 * A headline is cut to this many words when its main clause can be (the bullet keeps the whole sentence); up to
 * HEADLINE_MAX_WORDS only when no cut fits. Issue 13: NeuS dev headlines were the first bullet word for word in 92
 * of 194 stories. Not tuned on ROUGE (the headline is not scored); read on NeuS dev and BASIL leads.
 */
export const HEADLINE_TARGET_WORDS = 14;
/**
 * A bullet restates the headline (and gives way to another wording or the next fact) when it adds fewer than this
 * many content words to it; from one more word (the day, a place, a trailing clause) it is the lead under its
 * headline and stays whole. NeuS val quick look R-1 dev / check half: 5 → 39.85 / 38.14, 3 → 39.81 / 38.10,
 * 2 → 40.05 / 38.10, 1 → 40.17 / 38.43 (before the short headline: 40.20 / 38.25).
 */
export const HEADLINE_SHORT_FORM_MIN_WORDS = 1;
export const HEADLINE_POOL = 15;
/**
 * Two wordings tell one event (tellsSameEvent) when they share this many content words beyond names (and half of
 * the shorter's): another outlet's wording may then head the brief, or a bullet repeating the headline give way.
 * Names are left out (every seed bullet names "NATO Secretary-General Mark Rutte"). NeuS dev, 194 stories: 3 → 141
 * headlines repeated by a bullet, R-1/R-2 40.50/17.54; 2 → 134, 40.54/17.62 (read: the changed pairs were one event).
 */
export const HEADLINE_SAME_EVENT_WORDS = 2;
export const HEADLINE_LEAD_SENTENCES = 3;
/**
 * The quick look names the most quoted people's reactions: this many people the bullets do not name yet are looked at (issue 13: "covering
 * each side's reaction"). Not tuned on ROUGE (reactions are rarely in NeuS references); read on the seeds (Weber's
 * reply to Rutte) and a BASIL triplet.
 */
export const REACTION_SPEAKERS = 2;
/** A quick-look bullet states one fact in at most this many words (issue 13); longer ones are cut to their main clause or left out. */
export const BULLET_MAX_WORDS = 25;
/**
 * Two sentences state the same fact (sameFact) when they share this many stemmed content words and this share of the
 * shorter one's. Word-based stand-in until the meaning layer; no same-fact labels here. Every repeat removed costs
 * ROUGE on NeuS (references repeat their main fact): val quick look R-1/2 with 25-word bullets: 3/0.5 37.07/15.23,
 * 4/0.6 38.60/16.53, 4/0.7 39.45/17.26; 4/0.6 kept: at 0.7 the seed quick look kept two wordings of one fact.
 */
export const SAME_FACT_MIN_OVERLAP = 0.6;
export const SAME_FACT_MIN_SHARED_WORDS = 4;
export const QUICK_LOOK_MIN = 5;
/**
 * A bullet of at most BULLET_MAX_WORDS words that states the quick look's opening headline's fact is kept when it
 * adds this many content words of its own (the lead sentence the headline shortens: who, when, how much), and then
 * takes the headline's place: one wording of a fact, the fuller one. NeuS val quick look R-1/2/L: every such
 * bullet dropped (before) 39.44/17.02/26.25; in the headline's place, from 5 new words 39.91/17.44/26.36. Tried:
 * long leads too 40.20/17.60 (3 new words 40.24, 8 40.08) but NeuS test bullets over 25 words 78 → 97; headline
 * and lead both 40.80/18.11 but 73 of 1,339 NeuS test quick-look pairs the same fact (bench/brief-length.ts; 0
 * before). NeuS train 39.00/16.31/25.85 → 39.44/16.73/26.00 (dev half R-1 38.97 → 39.49, check 39.04 → 39.38).
 */
export const HEADLINE_DETAIL_MIN_WORDS = 5;
/** Synthesis: sentences per source article, within these bounds. */
export const SYNTHESIS_PER_ARTICLE = 2;
export const SYNTHESIS_MIN = 4;
export const SYNTHESIS_MAX = 14;
/**
 * Sentences this short or long are poor brief material (fragments, run-ons). Words. The maximum was 50; with
 * outlet-only clauses cut from long sentences, 60 gave NeuS train quick look R-1/2/L (halves by id hash,
 * dev | check) 41.02/18.40/28.08 | 40.33/17.84/27.46 → 41.17/18.50/28.17 | 40.65/18.03/27.63 (val: 27.52 → 27.60
 * R-L on the check half); 70 and 80 were no better.
 */
export const SENTENCE_MIN_WORDS = 8;
export const SENTENCE_MAX_WORDS = 60;
/**
 * Sentence score = centroid closeness + LexRank centrality + share of the other articles that say the same + lead
 * bonus / (1 + position). Swept on NeuS val (212 stories; never on test): LexRank weight 1 gave R-1/2/L
 * 39.0/17.2/25.6 against 38.0/16.2/25.1 at 0.3; support and lead weights moved R-1 by < 0.1 either way.
 */
export const COMPOSE_CENTROID_WEIGHT = 1;
export const COMPOSE_LEXRANK_WEIGHT = 1;
export const COMPOSE_SUPPORT_WEIGHT = 0.25;
export const COMPOSE_LEAD_WEIGHT = 0.08;
export const COMPOSE_HEADLINE_WEIGHT = 2;
export const COMPOSE_DANGLING_PENALTY = 0.3;
/**
 * Quick-look length from the story: bullets are added (best first) while their words stay within this share of
 * the words of the story's usable source sentences, between 1 and QUICK_LOOK_MAX bullets. NeuS val: 0.4 → R-1 38.0,
 * 0.6 → 39.0, 0.7 → 39.3 but R-L falls (25.6 → 25.3); 0.6 kept. With the headline first and outlet-only clauses
 * cut (issue 6), NeuS train R-1/2/L (halves by id hash, dev | check): 0.6 → 40.96/18.43/27.64 | 40.37/17.88/27.02,
 * 0.5 → 41.00/18.41/28.08 | 40.27/17.83/27.42, 0.4 → 40.40/18.26/28.28 | 39.51/17.43/27.47; 0.5 kept.
 */
export const QUICK_LOOK_WORD_SHARE = 0.5;
/**
 * …but the budget is never below this many words: stories of three short excerpts (NeuS: ~60 words an article) had
 * one- and two-bullet quick looks. NeuS val (212 stories, not the yardstick's dev split) quick look R-1/2: none
 * 38.77/16.64, 40 → 38.52/16.29 (before the bullet pre-filter), 60 → 39.28/16.96, 75 → 38.98/16.63; 60 kept.
 */
export const QUICK_LOOK_MIN_WORDS = 60;
/** LexRank runs over this many sentences closest to the story centroid (it is quadratic in them). */
export const COMPOSE_LEXRANK_POOL = 300;
/**
 * Facets: a sentence joins the facet it resembles most (mean cosine of idf vectors) from this similarity on. Not tuned
 * on data (no facet gold here): 0.1 read well on the seed brief.
 */
export const FACET_MIN_SIMILARITY = 0.1;
/**
 * The quick look opens with an outlet's headline when the story's lead sentences ground it (checked like every
 * sentence: one sentence, or two together when no headline is grounded by one). NeuS train R-1/2/L
 * 39.28/17.06/25.79 → 40.42/17.92/27.24 with single sentences (val 39.53 → 40.38), → 40.63/18.03/27.48 with pairs
 * of the 3 best-covering leads. Headlines of this many first articles are checked against this many lead
 * sentences of each (bounded, so a 500-article story stays fast).
 */
export const HEADLINE_SCAN_ARTICLES = 20;
export const HEADLINE_SCAN_SENTENCES = 5;
export const HEADLINE_PAIR_CANDIDATES = 3;
/** The optional writer: give up on the model endpoint after this long (then the extractive brief stands). Not tuned. */
export const LLM_TIMEOUT_MS = 60_000;

/**
 * Meaning across outlets (src/compare/same-fact.ts). Two sentences of different articles whose USE-lite vectors are
 * at least SAME_FACT_SHARED_SIMILARITY alike, and whose words agree (numbers, years, negation in scope, names, stance):
 * - state the SAME fact (a brief sentence cites the other) when they share SAME_FACT_STRONG_WORD_SHARE of the shorter
 *   one's content words: precision first, a wrong citation is worse than a missing one;
 * - LIKELY state it (a claim is then not single-source) when they are SAME_FACT_SIMILARITY alike or share
 *   SAME_FACT_WORD_SHARE of the words (or LIKELY_LOW_SIMILARITY alike sharing SAME_FACT_STRONG_WORD_SHARE).
 * Tuned on the first 108 labelled BASIL pairs (bench/same-fact.ts, 36 dev triplets); 36 pairs of 12 more triplets
 * were labelled after (round 2). P / R, all 144 pairs | round 2: cited 0.91 / 0.27 | 0.80 / 0.20; stated (words or
 * meaning) 0.74 / 0.81 | 0.79 / 0.75; single-source precision 0.75 | 0.71 (was 0.63 | 0.55 with the whole-sentence
 * negation gate), recall 0.67 | 0.75. Sentences of one story that state other facts often score 0.8–0.9, so the
 * word gates matter.
 */
export const SAME_FACT_SHARED_SIMILARITY = 0.7;
export const SAME_FACT_STRONG_WORD_SHARE = 0.5;
export const SAME_FACT_SIMILARITY = 0.85;
export const SAME_FACT_WORD_SHARE = 0.3;
/**
 * Two sentences sharing SAME_FACT_STRONG_WORD_SHARE of the shorter one's words are LIKELY the same fact from this
 * similarity up: a headline against the report's lead scores lower in meaning than two leads do.
 */
export const LIKELY_LOW_SIMILARITY = 0.6;
/**
 * Two sentences (not giving other figures) are NEAR, maybe the same fact, when they are NEAR_FACT_SIMILARITY alike in
 * meaning and share NEAR_FACT_WORD_SHARE of the heavier one's word weight (IDF over the story's sentences: the main
 * actors' names count for little), or are NEAR_FACT_ALONE_SIMILARITY alike. A claim or brief entry is single-source
 * only when no other outlet's sentence comes this near: uncertain is not single-source, since a false "one source"
 * label tells a reader a reported fact is uncorroborated. On the 144 labelled BASIL pairs (word-chosen, so the
 * hardest negatives: the most word-sharing sentence of another outlet), pairs labelled the same fact score down to
 * 0.49 and different facts up to 0.92. Single-source precision / recall on the pairs: 0.75 / 0.67 before (words,
 * same or likely); a bar on similarity alone needs 0.62 for precision 0.95 (recall 0.24), and then on the seeds every
 * sentence about NATO and the US is near every other (0.62–0.72), so the word share is required below
 * NEAR_FACT_ALONE_SIMILARITY. Chosen on a small grid (0.55–0.65 × 0.05–0.25 × 0.7–0.8) on the 144 pairs: single-
 * source P / R 0.96 / 0.41 (even half 1.00 / 0.30, odd 0.95 / 0.50, round 2 1.00 / 0.44); with the 12 denial-cue
 * pairs of round 3, labelled after, 0.94 / 0.44 on all 156 (round 3 alone 0.83 / 0.71, was 0.75 / 0.86).
 */
export const NEAR_FACT_SIMILARITY = 0.62;
export const NEAR_FACT_WORD_SHARE = 0.15;
export const NEAR_FACT_ALONE_SIMILARITY = 0.8;
/**
 * A step below: NEAR_FACT_LOW_SIMILARITY alike sharing NEAR_FACT_STRONG_WORD_SHARE of the heavier one's word weight
 * ("Those firms have denied they give the government a 'back door' to their systems" / "… Google does not have a
 * 'back door' for the government …": 0.58, 0.31). Added in session 8 after reading that round-3 pair, the only one in
 * this zone on the 204 pairs: single-source precision on rounds 1-3 0.94 → 0.97, recall unchanged (no pair labelled
 * different or contradicting is there).
 */
export const NEAR_FACT_LOW_SIMILARITY = 0.55;
export const NEAR_FACT_STRONG_WORD_SHARE = 0.3;
/** A negation bears on the content words this many words after it (before a clause break): its scope. */
export const NEGATION_SCOPE_WORDS = 5;
/** Sentences without word support that get a meaning check, per article: its lead sentences… */
export const SEMANTIC_LEAD_SENTENCES = 3;
/** …and for each, this many sentences of other articles sharing most word weight with it are the candidates. */
export const SEMANTIC_CANDIDATES = 4;
/** At most this many distinct texts are embedded for one story (its lead and claim sentences come first). */
export const SEMANTIC_TEXTS_PER_STORY = 120;
/**
 * Then the story's other sentences without word support (any may become a brief entry, single-source only when no
 * other outlet's sentence comes near it) are checked while the story's texts stay within this many, so a story whose
 * leads and claims fit the smallest run budget (SEMANTIC_TEXTS_MIN) still fits it whole; only sentences with at
 * least SEMANTIC_REST_MIN_WORDS content words (a shorter one states too little to be an entry).
 */
export const SEMANTIC_REST_TEXTS_PER_STORY = 100;
export const SEMANTIC_REST_MIN_WORDS = 5;
/**
 * The run's embedding budget: this many texts per briefed article, at least SEMANTIC_TEXTS_MIN (the seed story needs
 * 65). USE-lite costs 30–40 ms a text on 2 cores alone, 110–330 ms on this shared machine; a whole run costs about
 * 35 ms an article (NeuS, shared machine), so 0.05 texts an article keeps embedding a small share of a big run.
 */
export const SEMANTIC_TEXTS_PER_ARTICLE = 0.05;
export const SEMANTIC_TEXTS_MIN = 100;
/**
 * Two statements this similar in meaning, of one matter (same figures, a shared name), sharing this share of the
 * longer one's content words, with opposite polarity or an opposed stance, contradict each other: one statement and
 * its denial. The word share keeps out different statements on one topic where one happens to hold a "not" (BASIL
 * pairs: 2 false contradictions at 0.84–0.87 similarity shared 30–45% of their words; on the seeds, "Europe cannot
 * defend itself without the US" against a longer sentence holding most of its words; "can"/"cannot" share all).
 */
export const CONTRADICT_SIMILARITY = 0.8;
export const CONTRADICT_WORD_SHARE = 0.6;
/**
 * Disputes read from words (src/compare/stance-clash.ts): a negation or a denial bears on the next
 * DISPUTE_SCOPE_WORDS words of its clause; a denial and the statement it answers share at least DISPUTE_MIN_SHARED
 * word roots (one of them denied on one side and stated on the other); a verdict that a statement is false ("falsely
 * stated that …") and the statement share at least DISPUTE_VERDICT_MIN_SHARED roots of what the verdict side states.
 */
export const DISPUTE_SCOPE_WORDS = 5;
export const DISPUTE_MIN_SHARED = 3;
export const DISPUTE_MIN_DENIED_SHARE = 0.5;
export const DISPUTE_MIN_DENIED_WORDS = 2;
export const DISPUTE_PHRASE_WORDS = 6;
export const DISPUTE_VERDICT_MIN_SHARED = 3;
export const DISPUTE_VERDICT_SCOPE_WORDS = 12;
/** At most this many such disputes per story: a reader checks each by reading both sides. Not tuned. */
export const DISPUTES_PER_STORY = 3;

// --- extract threads ---

/** The first documents of a run are extracted on the calling thread: a run of one or two pages starts no thread
 *  (a thread costs ~0.3 s of CPU to load the HTML parser); longer runs hand the rest to worker threads. */
export const EXTRACT_INLINE_DOCUMENTS = 2;
/** At most this many extraction threads, however many cores (each holds its own parser, ~60 MB). */
export const EXTRACT_MAX_THREADS = 4;
/** Threads start only when at least this many cores sat idle while the run's first documents were extracted on one
 *  thread (the kernel's idle time over that span, not the 1-minute load average: that lags a minute and counts the
 *  run's own thread, so back-to-back runs on an idle machine turned their threads off). With the machine busy, a
 *  thread only adds CPU: on the shared 2-core machine at load 16, 2 threads ran 300 trafilatura-eval pages in 32.8 s
 *  against 29.8 s on one thread (CPU ×1.21); with a core idle, two threads split the work. On the idle 2-core machine
 *  the span measures only about 0.5 idle cores (V8's compile and GC threads are busy at start-up), so 0.6 kept the
 *  threads off exactly where they pay; a busy machine measures under 0.2. */
export const EXTRACT_MIN_IDLE_CORES = 0.35;
/** How long the first documents are extracted on the calling thread while the idle cores are measured (the kernel
 *  counts idle time in 10 ms ticks, so a shorter span misreads). */
export const EXTRACT_SENSE_MS = 250;
/** A run of at least this many inputs (a folder of pages) starts its threads at once, before the first document, and
 *  stops them after the sense span if the machine was busy (then the threads' start-up, ~0.3 s of CPU, is lost).
 *  Below it the threads wait for the sense span: a few pages do not repay a thread. Not tuned: about the pages
 *  (~15–30 ms each) one thread's start-up costs. */
export const EXTRACT_EAGER_INPUTS = 16;

// --- authors ---

/** An author value longer than this is a byline sentence or a bio, not a name (trafilatura-eval gold names ≤ 60). */
export const AUTHOR_MAX_CHARS = 80;
/** Author holder elements read, in document order, when the page declares no author in its metadata. */
export const AUTHOR_HOLDER_SCAN = 10;

// --- titles ---

/** How many `<h1>` elements are read as the page's own headline (a page has one; themes add a logo h1). */
export const HEADLINE_ELEMENTS_READ = 3;
/** A declared title containing an `<h1>` at least this share of its length is cut to the `<h1>` (the rest is the site
 *  name, section or kicker). trafilatura-eval dev title accuracy 0.718 → 0.799 (hash halves 212 → 233 / 214 → 241 of
 *  299 / 294 titles, none lost); 0.25 gave 0.803. */
export const HEADLINE_MIN_SHARE = 0.4;

/**
 * Stored stories are briefed in groups of about this many articles (one embedding pass and one load each), so
 * briefing a whole store holds one group's articles at a time, not the store's. A group is never split: a story
 * larger than this is a group of its own. The embedding budget (SEMANTIC_TEXTS_PER_ARTICLE) is per group.
 */
export const BRIEF_CHUNK_ARTICLES = 2000;

// --- watch (live polling) ---

/** How often `watch` polls a source when `--every` is not given: 10 minutes, the interval most feed readers use. */
export const WATCH_EVERY_MS = 10 * 60_000;
/** Each wait is spread by ±this share, so sources on one schedule (and restarts) do not poll in step. */
export const WATCH_JITTER = 0.1;
/** The first wait after a failed poll; it doubles with each failure in a row, up to the maximum. */
export const WATCH_BACKOFF_MIN_MS = 30_000;
export const WATCH_BACKOFF_MAX_MS = 6 * 60 * 60_000;
/** At most this many requests to one host at a time (feeds, channel pages, robots.txt together). */
export const WATCH_REQUESTS_PER_HOST = 2;
/** At most this many sources are polled at once, across hosts. */
export const WATCH_SOURCES_AT_ONCE = 8;
/** A channel's first poll reads this many preview pages back (about 20 posts each); later polls stop at a seen post. */
export const WATCH_TELEGRAM_PAGES = 3;
/** A robots.txt that was read is trusted this long before it is read again. */
export const WATCH_ROBOTS_TTL_MS = 24 * 60 * 60_000;
/** The story feeds keep this many of the latest new or updated stories. */
export const WATCH_FEED_ENTRIES = 100;
/** A webhook delivery is tried this many times (waits 1 s, 2 s, 4 s … between), then given up with a log line. */
export const WEBHOOK_ATTEMPTS = 5;
export const WEBHOOK_FIRST_RETRY_MS = 1000;
/** Alerts waiting for delivery beyond this many are dropped (oldest first) with a log line: a dead endpoint
 *  must not grow memory without bound. */
export const WEBHOOK_QUEUE_MAX = 1000;

/** A `<noscript>` block with at least this many paragraphs is the article for readers without JavaScript (Blogger
 *  themes put the post body there and in a script template) and is read; one with fewer (a "turn on JavaScript" note,
 *  a tracking pixel) is dropped. */
export const NOSCRIPT_ARTICLE_PARAGRAPHS = 3;
