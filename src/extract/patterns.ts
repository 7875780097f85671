/** Extract-stage heuristics in one place: every pattern that decides what is page furniture or metadata. */

/** One capitalised name token ("Mark", "J.", "O’Neill", "Jean-Luc"). */
const NAME_TOKEN = String.raw`\p{Lu}[\p{L}'’\-]*\.?`;
/** A person's name: two to four capitalised tokens ("George Allison", "J. Mansour"). */
export const PERSON_NAME = String.raw`${NAME_TOKEN}(?:\s+${NAME_TOKEN}){1,3}`;

/** Line breaks of every kind, including the Unicode line/paragraph separators. */
export const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;
/** Whitespace runs inside a line (tabs, NBSP, thin and ideographic spaces, form feeds). */
export const INLINE_SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Invisible characters that only disturb matching (BOM, zero-width space, C0/C1 controls). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point (they are removed).
export const INVISIBLE = /[\ufeff\u200b\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/** A list bullet at the start of a line ("• ", "- ", "* ", "▪ "); the bullet is dropped, the item kept. */
export const BULLET_PREFIX = /^(?:[•◦▪▫‣●○■□·*-]\s+|[•◦▪▫‣●○■□]\s*)/;
/** A line that is only punctuation or symbols (a lone "-", "|", "•", "***"). */
export const SYMBOL_ONLY_LINE = /^[\p{P}\p{S}\s]*$/u;

/** An http(s) URL inside text, up to whitespace or closing punctuation. */
export const URL_IN_TEXT = /https?:\/\/[^\s<>"'“”‘’)\]]+[^\s<>"'“”‘’)\].,;:!?]/g;
/** A line that is nothing but one URL (optionally in angle brackets). */
export const URL_ONLY_LINE = /^<?https?:\/\/\S+>?$/;

/** Where a comment section starts ("2 COMMENTS", "LEAVE A REPLY", "Please enter your comment!", "Join the discussion"). */
export const COMMENT_SECTION_START =
  /^(?:\d+\s+(?:comments?|responses?|replies|thoughts? on .*)|comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:conversation|discussion)|show comments|view comments|please enter your (?:comment|name)!?.*|you must be logged in to post a comment.*)$/i;

/** Single-line page furniture: rating widgets, navigation labels, share prompts, ad labels, newsletter nags. */
export const FURNITURE_LINES: readonly RegExp[] = [
  // rating widgets ("How useful was this article?", "Click on a star to rate it!", "Average rating 0 / 5. Vote count: 0", "No votes so far! …")
  /^(?:how useful was this (?:article|post)\??|click on a (?:star|thumb) to rate it!?|average rating \d+(?:[.,]\d+)?\s*\/\s*\d+\.? vote count:? \d+\.?|no votes so far!.*|we are sorry that this (?:post|article) was not useful for you!?|rate this (?:article|post|story):?)$/i,
  // navigation labels ("Menu", "Latest News", "Skip to content", "Back to top", "Home")
  /^(?:menu|main menu|close menu|open menu|search|home|latest news|latest|trending(?: now)?|most read|most popular|popular (?:posts|stories)|skip to (?:main )?content|back to top|top stories|related (?:articles|posts|stories|news)|read more|see also|you may also like|recommended(?: for you)?)$/i,
  // share prompts ("Share this article", "Share on Facebook", "Tweet", "Print", "Email")
  /^(?:share(?: this(?: article| story| post)?)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|telegram|email))?:?|tweet|print|email|copy link|facebook|twitter|linkedin|whatsapp|telegram|reddit)$/i,
  // advertising labels ("Advertisement", "Sponsored", "Scroll to continue")
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|continue reading below)$/i,
  // copyright lines ("© 2019 Science X Network", "Copyright 2020 The Associated Press. All rights reserved.")
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4})).{0,120}$/i,
  // newsletter and subscription nags ("Sign up for our newsletter", "Subscribe")
  /^(?:subscribe(?: now)?|sign up(?: for (?:our|the) newsletter)?|sign up to our newsletter|get the latest news.*in your inbox\.?)$/i,
];

/** "Previous Article" / "Next Article" labels; the headline line after each is dropped too. */
export const ADJACENT_ARTICLE_LABEL = /^(?:previous|prev|next)\s+(?:article|post|story)(?:\s*[:\-–—|]\s*(.*))?$/i;
/** Related-links headings like "More on US News", "More from Politics". */
export const MORE_ON_LINE = /^more (?:on|from|in|about) [^.!?]{1,60}$/i;

/** A heading that opens a list of the page's own sources ("Wire provenance", "Sources", "References:"). */
export const SOURCE_LIST_HEADING =
  /^(?:wire provenance|provenance|sources?(?: and references)?|references|source links?|sources used)\s*:?$/i;
/** The intro line of a source list ("This editorial synthesis draws on the following public wire/social posts:"). */
export const SOURCE_LIST_INTRO = /(?:draws on|based on|sources?|following|drawn from|cites?)\b.*:$/i;

/** A provenance note about the text itself ("This is an edited version of an article which originally appeared in …"). */
export const PROVENANCE_NOTE =
  /^(?:this (?:is an? (?:edited|abridged|shortened|translated) version of an? (?:article|piece|post|essay|column)|(?:article|story|piece|post) (?:was )?(?:originally|first) (?:appeared|published))|(?:this article was |it was )?(?:originally|first) (?:published|appeared) (?:in|on|by)|republished (?:from|with permission)|reprinted (?:from|with permission))\b.*$/i;
/** The outlet a provenance note names ("… appeared in the Eurointelligence newsletter." → "Eurointelligence"). */
export const PROVENANCE_OUTLET =
  /\b(?:appeared|published|republished|reprinted)\s+(?:in|on|by|from)\s+(?:the\s+)?(.+?)(?:\s+(?:newsletter|website|blog|magazine|site))?\s*(?:\bon\b.*|\band\b.*)?[.!]?$/i;

/** A byline line of "/"-separated segments ("Title/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/ Lead…"). */
export const BYLINE_SEPARATOR = /\s*\/\s+/;
/** A byline segment naming an edition ("Morning Edition", "Weekend edition"). */
export const EDITION_SEGMENT = /\bedition$/i;
/** A byline segment that is a place in capitals ("WASHINGTON", "NEW YORK"). */
export const ALL_CAPS_PLACE = /^\p{Lu}[\p{Lu}\s.'’-]{2,}$/u;
/** A byline segment that is a person's name, possibly after "By". */
export const BYLINE_PERSON = new RegExp(String.raw`^(?:[Bb]y\s+)?(${PERSON_NAME})$`, 'u');

/** "By Jane Doe" or "By Jane Doe and John Roe" on its own line. */
export const BY_LINE = new RegExp(
  String.raw`^[Bb]y\s+(${PERSON_NAME}(?:(?:,\s*|\s+and\s+)${PERSON_NAME})*)(?:\s*[,|–—\-]\s*.{0,60})?$`,
  'u',
);

/** An author bio at the end ("George Allison is the founder and editor of the UK Defence Journal. …"). */
export const AUTHOR_BIO = new RegExp(
  String.raw`^(${PERSON_NAME})\s+(?:is|was|has been|serves as|works as)\s+(?:an?|the|a former|a senior|a staff|our)?\s*[^.]{0,80}?\b(?:analyst|editor|founder|reporter|correspondent|journalist|writer|columnist|fellow|professor|director|researcher|contributor|author|producer|freelancer?|blogger|commentator|presenter|anchor)\b`,
  'u',
);
/** The outlet a bio names ("… editor of the UK Defence Journal" → "UK Defence Journal"; "analyst at Eurointelligence"). */
export const BIO_OUTLET =
  /\b(?:of|at|for|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*)(?:\s+(?:\p{Lu}[\p{L}&'’-]*|of|and|&))*)/u;
/** A line that is only a person's name (the heading of an author box). */
export const NAME_ONLY_LINE = new RegExp(`^${PERSON_NAME}$`, 'u');

/** A photo caption under the title: "Name Surname, Role …" with no sentence punctuation at the end. */
export const PHOTO_CAPTION = new RegExp(String.raw`^${PERSON_NAME},\s+[^.!?]*[^.!?:"”’]$`, 'u');

/** A lead that starts with an outlet name and a dash ("Pars Today – The NATO…"); group 1 is the outlet. */
export const LEAD_OUTLET = /^((?:\p{Lu}[\p{Ll}\p{N}&'’.]*)(?:\s+\p{Lu}[\p{Ll}\p{N}&'’.]*){0,3})\s+[–—-]\s+\p{Lu}/u;
/** A lead that starts with a place in capitals and a dash ("BRUSSELS — NATO…", "KYIV, Ukraine (AP) —"); group 1 is the place. */
export const LEAD_DATELINE =
  /^(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,3})(?:,\s*[\p{L}.\s]{2,30})?(?:\s*\([^)]{1,30}\))?\s*[–—-]+\s+\S/u;

/** Month names (English) for date lines. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const TIME = String.raw`(?:\s*(?:[-–—|,@]|at)?\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?`;
const LABEL = String.raw`(?:(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s*)?`;
/** A line that is only a date, month first ("January 22, 2026 - 4:30pm", "Published: Jan 22, 2026"). */
export const DATE_LINE_MDY = new RegExp(
  String.raw`^${LABEL}${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`,
  'i',
);
/** A line that is only a date, day first ("22 January 2026", "Thursday 22 Jan 2026 16.30 GMT"). */
export const DATE_LINE_DMY = new RegExp(
  String.raw`^${LABEL}${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})${TIME}$`,
  'i',
);
/** A line that is only an ISO date ("2026-01-22", "2026-01-22 16:30"). */
export const DATE_LINE_ISO = new RegExp(String.raw`^${LABEL}(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?$`, 'i');

/** Where a sentence ends inside a line: terminal punctuation, optional closing quote, space, then a capital or quote. */
export const SENTENCE_END = /[.!?…][”’"')\]]*\s+(?=[\p{Lu}“"‘'(\p{N}])/gu;
/** Abbreviations whose trailing period does not end a sentence ("U.S.", "Mr.", "Gen."). */
export const ABBREVIATION_BEFORE_PERIOD =
  /(?:\b\p{Lu}\.(?:\p{Lu}\.)*|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|St|Sen|Rep|Gov|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp)\.)$/u;

/** A word, for the language guess. */
export const WORD = /\p{L}+/gu;
