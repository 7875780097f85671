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
  /^(?:\d+\s+(?:comments?|responses?|replies|thoughts? on .*)|comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:conversation|discussion)|show comments|view comments|please enter your (?:comment|name)!?.*|you must be logged in to post a comment.*|keine kommentare.*|kommentare(?: insgesamt)?:?\s*\(?\d*\)?|\d+ kommentare?|kommentar (?:schreiben|verfassen|hinterlassen)|schreibe(?:n sie)? einen kommentar|du musst eingeloggt sein.*|sie müssen (?:sich )?(?:einloggen|anmelden|angemeldet sein|eingeloggt sein).*|kommentieren|(?:\d+\s+)?(?:comentarios|commentaires|komentarze|kommentarer|commenti)(?:\s*\(\d+\))?|deja (?:un|tu) comentario|laisser un commentaire|dodaj komentarz)$/i;

/** Single-line page furniture: rating widgets, navigation labels, share prompts, ad labels, newsletter nags. */
export const FURNITURE_LINES: readonly RegExp[] = [
  // rating widgets ("How useful was this article?", "Click on a star to rate it!", "Average rating 0 / 5. Vote count: 0", "No votes so far! …")
  /^(?:how useful was this (?:article|post)\??|click on a (?:star|thumb) to rate it!?|average rating \d+(?:[.,]\d+)?\s*\/\s*\d+\.? vote count:? \d+\.?|no votes so far!.*|we are sorry that this (?:post|article) was not useful for you!?|rate this (?:article|post|story):?|valora (?:esta|este) (?:noticia|art[ií]culo|nota)|(?:diesen )?artikel bewerten|évaluez cet article)$/i,
  // navigation labels ("Menu", "Latest News", "Skip to content", "Back to top", "Home")
  /^(?:menu|main menu|close menu|open menu|search|home|latest news|latest|trending(?: now)?|most read|most popular|popular (?:posts|stories)|skip to (?:main )?content|back to top|top stories|related (?:articles|posts|stories|news|coverage)|read more|(?:load|show) more(?: (?:posts|articles|stories|news))?|lade weitere(?: inhalte| artikel| beiträge)?(?:\s*(?:\.\.\.|…))?|mehr laden|cargar más|charger plus|see also|you may also like|recommended(?: for you)?)$/i,
  // share prompts ("Share this article", "Share on Facebook", "Tweet", "Print", "Email")
  /^(?:share(?: this(?: article| story| post)?)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|telegram|email))?:?|tweet|print|email|copy link|facebook|twitter|linkedin|whatsapp|telegram|reddit)$/i,
  // advertising labels ("Advertisement", "Sponsored", "Scroll to continue")
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|continue reading below)$/i,
  // copyright lines ("© 2019 Science X Network", "Copyright 2020 The Associated Press. All rights reserved.")
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4})).{0,120}$/i,
  // newsletter and subscription nags ("Sign up for our newsletter", "Subscribe")
  /^(?:subscribe(?: now)?|sign up(?: for (?:our|the) newsletter)?|sign up to our newsletter|get the latest news.*in your inbox\.?)$/i,
  // any short line that offers a newsletter ("Subscribe to NJ.com's newsletters.", "Jetzt Newsletter abonnieren")
  /^(?=.{0,240}$)(?=.*\bnewsletters?\b)(?=.*\b(?:sign up|subscribe|inbox|abonnieren|anmelden|inscr[ií]bete|abonnez)).*$/i,
  // advertising labels in other languages ("Advert", "Anzeige", "Werbung", "Publicidad", "Publicité", "Reklama")
  /^(?:advert|adverts|anzeige|werbung|publicidad|publicité|reklama|pubblicità)$/i,
  // publication stamps ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "| UPDATED: …", "Posted: Fri 6:45 PM, Feb 16, 2018 |", "Aktualisiert am 3.5.2022")
  /^\|?\s*(?:published|posted|updated|last updated|modified|aktualisiert|veröffentlicht|publiziert|erschienen|erstellt|zuletzt aktualisiert|stand|publicado|actualizado|publié|mis à jour|opublikowano|aktualizacja|pubblicato|aggiornato)(?:\s+(?:on|at|am|um|el|le|il))?\s*:?\s*(?=.{0,80}$).*\d.*$/i,
  // a date or time stamp cut off by a separator ("September 10, 2018 |")
  /^(?=.{0,60}$)[^.!?]*\d[^.!?]*\|$/,
  // photo credits: a line ending in "(Image: GETTY)", "(AP Photo/…)", "(Photo by …)", or a bare "Image: …" / "Foto: …" line
  /^.*\((?:[\p{L} ]{0,20}\s)?(?:image|photo|picture|pic|foto|bild|credit|crédit|zdjęcie)s?\b[^)]{0,80}\)\.?$/iu,
  /^(?:image|photo|picture|foto|bild) (?:copyright|credit|source|quelle)\b.{0,80}$/i,
  // a caption ending in a picture agency's credit ("Dee Dee Myers Getty Images", "Natalie Naccache | Bloomberg | Getty Images")
  /^(?=.{0,150}$)[^.!?]*\b(?:getty images|shutterstock|istock(?:photo)?|imago(?: images)?|picture alliance|ap photo|afp photo|reuters\/[\p{L} ]+|dpa\/[\p{L} ]+|epa(?:-efe)?\/[\p{L} ]+|alamy(?: stock photo)?)(?:\s*\/\s*[\p{L} ]+)?$/iu,
  // follow-us and listen/download lines ("Follow Newsbeat on Instagram, Facebook …", "Listen: http://po.st/…")
  /^(?=.{0,250}$)follow\b.*\b(?:on|at)\b.*\b(?:twitter|facebook|instagram|youtube|linkedin|tiktok|telegram)\b.*$/i,
  /^(?:listen|download|itunes|spotify|watch|subscribe)\s*:\s*https?:\/\/\S+$/i,
  /^(?!.*https?:)(?:images?|photos?|pictures?|fotos?|bild(?:er)?|credits?|crédits? photos?|quelle|source|fuente|źródło|zdjęcie)\s*:\s*.{1,80}$/i,
  // calls to click ("CLICK HERE TO GET THE FOX NEWS APP", "Click here for more information.")
  /^(?=.{0,160}$).*\bclick(?:ing)? here\b.*$/i,
  // inline related-link lines ("SEE MORE: …", "Read more: …", "Lesen Sie auch: …", "Lea también: …", "(Leggi anche su: …)")
  /^\(?(?:see more|read more|more|related|read also|also read|lesen sie auch|auch lesen|lesen sie mehr|mehr zum thema|weiterlesen|lea también|lea más|lea|vea también|ver también|mira|leggi anche(?: su)?|lire aussi|à lire aussi|a lire aussi|czytaj (?:też|także|więcej)|zobacz (?:też|także)|puedes ver|te puede interesar|le puede interesar)\s*[:»].{0,200}$/i,
  // taxonomy, reading-time, view-count and citation-label lines ("Kategorie: News", "4 Min Read", "Aufrufe: 1120 | …")
  /^(?:kategorie|kategorien|category|categories|filed under|tags?|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|catégories?|etiquetas|categorías|tagi|posted in)\s*:.{0,200}$/i,
  /^(?:\d+\s*min(?:ute)?s?\.?\s*(?:read|lesezeit|lesedauer|de lecture|de lectura)|(?:lesezeit|lesedauer|reading time|temps de lecture)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:uten|utes)?\.?))$/i,
  /^(?:aufrufe|views|hits|gelesen|visite|wyświetleń)\s*:?\s*\d[\d.,]*\b.{0,200}$/i,
  /^(?:suggested citation|zitiervorschlag|zitierweise|cite this(?: article)?|how to cite)\b.{0,300}$/i,
  // a bare time or pager word ("3:59 PM", "zurück", "weiter")
  /^(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?|zurück|weiter|back|next|previous|vorherige|nächste)$/i,
  // a credit in parentheses ("(© FEI/Christophe Taniere)"), picture labels ("Titelbild: …", "Beitragsbild: …")
  /^\(\s*(?:©|\(c\)|foto|photo|bild)[^)]{0,100}\)$/i,
  /^(?:titelbild|beitragsbild|headerbild|symbolbild|aufmacherbild|bildquelle|bildnachweis|fotonachweis|fotocredit|foto ?credits?)\s*:.{0,150}$/i,
  // author-archive links and comment prompts ("More articles from Emiliano Bellini", "Tell us what YOU think...")
  /^(?:more (?:articles|posts|stories) (?:from|by) .{1,60}|tell us what you think.{0,5}|what do you think\?)$/i,
  // app, subscription and sign-up nags ("… download the Nationnews apps for iOS and Android.", "Subscribe now to …", "Sign up here")
  /^(?=.{0,220}$)(?=.*\bapps?\b)(?=.*\b(?:download|get|install|herunterladen|laden sie)\b).*\b(?:ios|android|app store|google play|phone|smartphone|handy)\b.*$/i,
  /^(?:subscribe now|already a subscriber|if you(?:’|')re seeing this message but you(?:’|')re already a subscriber)\b.{0,200}$/i,
  /^(?=.{0,160}$).*\b(?:sign up|subscribe|register|anmelden|abonnieren|registrieren|inscríbete|abonnez-vous)(?: here| now| today| hier| jetzt)?[.!]?$/i,
  // download-as-PDF and permalink lines ("Dieses Skript als PDF herunterladen", "Permalien https://p.dw.com/…")
  /^(?=.{0,100}$).*\b(?:als pdf herunterladen|download (?:as )?pdf|pdf herunterladen|télécharger (?:le )?pdf|descargar pdf)\b.*$/i,
  /^(?:permalink|permalien|permalinks?|kurzlink|short ?link)\b.{0,100}$/i,
  // contact / legal menu entries left at the end ("Kontakt", "Impressum", "Datenschutz")
  /^(?:kontakt|impressum|datenschutz(?:erklärung)?|contact(?: us)?|imprint|privacy policy|mentions légales|aviso legal|polityka prywatności)$/i,
  // a caption closed by a credit ("… gesegnet. | © Augusta National/Getty Images", "…, Bild via")
  /^.{0,300}(?:[|/–-]\s*©\s*[^.!?]{1,80}|\b(?:bild|foto|photo) via)$/i,
  // gallery controls ("Image 1 of / 5", "Caption", "Close")
  /^(?:(?:image|photo|picture|bild|foto) \d+ (?:of|von|de|sur|z)\b.{0,12}|caption|close|schließen|fermer|cerrar|enlarge|expand|zoom)$/i,
  // affiliate disclosures and reader nags ("This post may contain affiliate links.", "If you enjoyed this article, …")
  /^(?=.{0,300}$).*\baffiliate\b.*\b(?:links?|commission|partner)\b.*$/i,
  /^if you (?:enjoyed|liked|value) (?:this|our) (?:article|post|story|journalism|work)\b.*$/i,
];

/** Names on share buttons; a short line made of two or more of them is a share bar ("Whatsapp Facebook Pint Baixar"). */
export const SHARE_BUTTON_WORD =
  /^(?:whatsapp|facebook|twitter|pinterest|pint|pin|linkedin|telegram|reddit|email|e-mail|mail|print|drucken|teilen|share|tweet|xing|messenger|flipboard|tumblr|vk|ok|sms|copy|link|kopieren|compartir|partager|condividi|udostępnij)$/i;

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

/**
 * A class or id token naming page furniture (share bars, newsletter boxes, related lists, author boxes, tag
 * lists, comment areas, ad slots, cookie banners). Matched per token, between word edges or "-"/"_", so
 * "c-share-bar", "article__related" and "newsletter_box" match but "shareholder" does not.
 */
export const BOILERPLATE_TOKEN =
  /(?:^|[-_])(?:share|sharing|shariff|social|socials|sociallinks|newsletter|subscribe|subscription|signup|related|relatedposts|recommend(?:ed|ation|ations)?|more-?stories|read-?more|readmore|also-?read|further-?reading|author-?(?:bio|box|info|card|profile)|authorbox|about-?(?:the-?)?author|tag-?list|tags|taglist|keywords|comments?|commentlist|disqus|respond|promo|promotion|advert|advertisement|ads?|adslot|ad-?container|sponsored|cookie|cookies|consent|gdpr|paywall|rating|ratings|vote|voting|print|toolbar|pagination|pager|prevnext|post-?nav(?:igation)?|breadcrumbs?|sidebar|outbrain|taboola|teasers?|banner|popup|modal|skip-?link|jump-?link|sr-only|visually-?hidden|screen-?reader(?:-text)?)(?:$|[-_])/i;

/** Class/id names of blocks that are never the article (Readability 0.6.0's `unlikelyCandidates`), unless they also
 *  match the exception (its `okMaybeItsACandidate`): the prose block is looked for outside them. */
export const UNLIKELY_BLOCK =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const UNLIKELY_BLOCK_EXCEPT = /and|article|body|column|content|main|shadow/i;

/** A negated furniture word names what the block is not ("non-paywall": the free part of an article). */
export const BOILERPLATE_STATE = /(?:^|[-_])non[-_][^-_]+/gi;
/** A furniture word that names an article's own lead when the block holds no link or heading ("news-details__teaser"). */
export const LEAD_TOKEN = /(?:^|[-_])teasers?(?:$|[-_])/i;

/** A class/id token that names the content itself ("entry-content-read-more", "content-with-sidebar"): never pruned by name. */
export const CONTENT_TOKEN = /content|article|entry|body|main|story|text|post-?body|enabled/i;

/** Elements that are page chrome whatever their classes say (with `[aria-hidden="true"]` and `[hidden]`). */
export const CHROME_TAGS: ReadonlySet<string> = new Set('NAV ASIDE FORM BUTTON SELECT TEXTAREA DIALOG'.split(' '));
/** ARIA roles of page chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
]);

/**
 * A heading that opens a related-links or recommendation block at the end of a page, in the languages of the
 * evaluation sets ("Related articles", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Lire aussi",
 * "Lea también", "Czytaj też"). The heading and the short link lines after it are dropped.
 */
export const RELATED_HEADING =
  /^(?:related(?: (?:articles?|posts?|stories|content|news|topics|reading|links|coverage))?|don'?t miss|more (?:stories|articles|news|like this|to read)|more [\p{L}' ]{1,30} (?:stories|articles)|(?:you )?(?:may|might) also (?:like|enjoy|be interested in)|read (?:also|more|next)|further reading|recommended (?:for you|articles|reading|stories)|(?:see|read) also|(?:das )?(?:könnte|dürfte) (?:dich|sie|euch) auch interessieren|empfohlene (?:beiträge|artikel)|(?:das|dieses) thema könnte (?:dich|sie) auch interessieren|mehr zu(?:m)? (?:thema|diesem thema)|mehr (?:aus|zum|zu) .{1,40}|weitere (?:artikel|beiträge|themen|nachrichten|meldungen|informationen|news)|verwandte (?:artikel|beiträge|themen)|ähnliche (?:artikel|beiträge|themen)|auch interessant|empfehlungen(?: aus .{1,40})?|lesen sie (?:auch|mehr)|entdecke weitere .{1,40}|noch mehr .{1,40}|themen im artikel|à lire aussi|lire aussi|sur le même sujet|lea (?:también|más)|puedes ver|te puede interesar|leer más|czytaj (?:też|także|więcej)|zobacz (?:też|także)|leggi anche)\s*[:.!]?$/iu;

/** A word for duplicate detection: letters and digits in any script. */
export const WORD_TOKEN = /[\p{L}\p{N}]+/gu;

/** An HTML start or end tag: group 1 "/" for an end tag, group 2 the name, group 3 "/" when self-closing. */
export const TAG_TOKEN = /<(\/?)([a-zA-Z][\w:-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*?)?\s*(\/?)>/g;
/** The opening of a block that never holds article text: a comment, or a `<script>`, `<style>`, `<noscript>` or `<svg>` start tag. */
export const RAW_MARKUP_START = /<!--|<(?:script|style|noscript|svg)(?=[\s>/])[^>]{0,4000}>/gi;
/** The end tags of the blocks dropped whole, searched from the block's start. */
export const RAW_MARKUP_END: Readonly<Record<string, RegExp>> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  noscript: /<\/noscript\s*>/gi,
  svg: /<\/svg\s*>/gi,
};
/** A `<noscript>` start tag, and its end tag at the end of the block. */
export const NOSCRIPT_START = /^<noscript/i;
export const NOSCRIPT_END = /<\/noscript\s*>$/i;
/** A paragraph's start tag. */
export const PARAGRAPH_START = /<p[\s>]/gi;
/** A script start tag that holds JSON-LD metadata (kept: metadata is read from it). */
export const JSON_LD_SCRIPT = /^<script\b[^>]*\bapplication\/ld\+json/i;

/** Month names in the languages of the evaluation sets (en, de, fr, es, it, pl, nl, pt), lower-case, with their number. */
export const MONTH_NAMES: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'january|januar|jänner|janvier|enero|gennaio|stycznia|styczeń|januari|janeiro|jan',
    'february|februar|feber|février|fevrier|febrero|febbraio|lutego|luty|februari|fevereiro|feb',
    'march|märz|maerz|mars|marzo|marca|marzec|maart|março|mar|mär',
    'april|avril|abril|aprile|kwietnia|kwiecień|apr',
    'may|mai|mayo|maggio|maja|maj|mei|maio',
    'june|juni|juin|junio|giugno|czerwca|czerwiec|junho|jun',
    'july|juli|juillet|julio|luglio|lipca|lipiec|julho|jul',
    'august|août|aout|agosto|sierpnia|sierpień|augustus|aug',
    'september|septembre|septiembre|settembre|września|wrzesień|setembro|sep|sept',
    'october|oktober|octobre|octubre|ottobre|października|październik|outubro|oct|okt',
    'november|novembre|noviembre|listopada|listopad|novembro|nov',
    'december|dezember|décembre|decembre|diciembre|dicembre|grudnia|grudzień|dezembro|dec|dez',
  ].flatMap((names, i) => names.split('|').map((name) => [name, i + 1])),
);
const MONTH_WORD = String.raw`(\p{L}{3,12})\.?`;
/** A date inside text: ISO ("2008-05-26"), dotted day first ("26.05.2008"), "26. Mai 2008", "26 May 2008", "May 26, 2008". */
export const DATE_IN_TEXT = new RegExp(
  String.raw`\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b|\b(\d{1,2})\.?\s+(?:de\s+)?${MONTH_WORD}\s+(?:de\s+)?(\d{4})\b|\b${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
  'iu',
);
/** A byline with its date ("von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr", "by Jane Doe on May 3, 2021"); group 1 is the name. */
export const BYLINE_WITH_DATE = new RegExp(
  String.raw`^(?:von|by|par|por|di|door|od|autor(?:in)?:?)\s+(${PERSON_NAME}(?:(?:,\s*|\s+(?:und|and|et|y|e|i)\s+)${PERSON_NAME})*)\s*[,|·–—-]?\s*(?:(?:am|on|le|el|il|op|dnia|,)\s+)?.{0,40}\d{4}.{0,30}$`,
  'u',
);

/** A label before an author's name, in the languages of the data sets ("By", "Written by", "von", "Ein Beitrag von",
 *  "Artikel von:", "Autor:", "Text:", "par", "por", "di", "door", "przez"), ended by a colon or a space, so "By" does
 *  not cut "Byron" to "ron" nor "Di" "Diane" to "ane". */
export const AUTHOR_LABEL =
  /^(?:(?:(?:(?:zeige |show |view |see )?(?:alle |all )?(?:beiträge|posts|artikel|articles|stories) (?:von|by))|(?:(?:written|posted|published|reported|words|story|text|article|artikel|beitrag|ein beitrag|geschrieben|verfasst|erstellt|veröffentlicht)\s+(?:by|von))|by|vo[nm]|autor(?:in|en)?|authors?|par|por|di|door|przez)(?:\s*:\s*|\s+)|(?:text|redaktion|de)\s*:\s*)/iu;
/** A label glued to the capitalised name it precedes ("ByJane Doe", "AutorMax Muster"); case decides, so not "Byron". */
export const AUTHOR_LABEL_GLUED = /^(?:By|Von|Autor|Author)(?=\p{Lu}\p{Ll})/u;
/** Author values that are labels or links, not names ("Alle Beiträge", "View all posts", "Posts by"). */
export const AUTHOR_NOT_A_NAME =
  /^(?:alle beiträge|all posts|view all posts.*|more by.*|mehr von.*|posts? by.*|profil|profile|author|autor|admin|administrator|anonymous|anonym|unknown|guest)$/i;
/** The opening of a start tag: group 1 its name. */
export const START_TAG_OPEN = /<([a-zA-Z][^\s/>]*)/g;
/**
 * Attributes that neither our rules nor Readability read: data attributes, event handlers, image sources sets, sizes,
 * form and layout settings. A third of the markup's attribute characters on the trafilatura-eval pages; each parsed
 * attribute is a node of its own in linkedom.
 */
export const UNREAD_ATTRIBUTE =
  /^(?:data-[\w:.-]*|on[a-z]+|srcset|sizes|alt|target|width|height|align|valign|media|tabindex|placeholder|allow|allowfullscreen|frameborder|loading|decoding|value|for|aria-label|aria-labelledby|aria-describedby|aria-controls|aria-expanded|aria-haspopup|autocomplete|crossorigin|integrity|referrerpolicy|border|cellpadding|cellspacing|bgcolor|coords|shape|action|method|itemtype|itemscope|itemid)$/i;
/** Elements whose content is raw text (tags inside are not tags): the attribute pass jumps to their end tag. */
export const RAW_TEXT_ELEMENT = /^(?:script|style|textarea|title|xmp|noscript|template|plaintext)$/i;
/**
 * Whitespace between a tag's `>` and the start or end tag of an element that begins and ends a paragraph (or holds no
 * text of its own: a head element, a `<br>`): the indentation of the markup. Each run is a text node of its own in
 * linkedom, a quarter of the nodes of the trafilatura-eval pages, and no line reads it (paragraphs are trimmed).
 */
export const SPACE_BEFORE_BLOCK_TAG =
  />[ \t\n\r\f]+(?=<\/?(?:address|article|aside|blockquote|body|br|caption|center|col|colgroup|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hgroup|hr|html|li|link|main|meta|nav|ol|option|p|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul)[\s/>])/gi;
/** The opening of an element whose whitespace is its content (preformatted or raw text): left as it is. */
export const SPACE_KEEPING_START = /<(pre|textarea|script|title|xmp|listing|plaintext)(?=[\s>/])/gi;
