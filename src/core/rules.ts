import type { Kind, RuleInfo } from './types';

/** Every built-in rule's id: the ids the engine's code names are checked by the compiler (a unit test keeps this list equal to the rules'). */
export const RULE_IDS = [
  'weather-widget',
  'ticker-widget',
  'most-read-heading',
  'section-heading',
  'read-more-marker',
  'share-line',
  'paywall-prompt',
  'subscribe-prompt',
  'newsletter-box',
  'cookie-banner',
  'consent-button',
  'external-content',
  'toc-heading',
  'copyright-notice',
  'legal-link',
  'consent-notice',
  'advertisement-marker',
  'comments-marker',
  'comment-policy',
  'comment-header',
  'comment-buttons',
  'author-box',
  'author-bio',
  'tags-line',
  'post-navigation',
  'page-numbers',
  'byline',
  'caption-with-credit',
  'caption-label',
  'teaser-run-together',
  'caption-lead',
  'photo-credit',
  'credit-line',
  'feedback-widget',
  'rating-widget',
  'update-notice',
  'gallery-counter',
  'published-stamp',
  'feed-footer',
  'feed-source-line',
  'feed-post-line',
  'tracking-link',
  'shortcode',
  'navigation-item',
  'icon-label',
  'date-widget',
  'date-stamp',
  'teaser-headline',
  'header-zone',
  'footer-zone',
  'menu-run',
  'repeated-line',
  'title-repeat',
  'error-report',
  'caption-above-credit',
  'repeated-label',
  'social-embed',
  'gallery-caption',
  'caption-under-credit',
  'pull-quote',
  'code-label',
  'paragraph-repeat',
  'ticker-line',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Where a rule may fire: anywhere, or only outside the article body. */
export type Zone = 'any' | 'outside' | 'header' | 'footer';

export interface LineRule extends RuleInfo {
  id: RuleId;
  /** Tested against the trimmed line. */
  pattern?: RegExp;
  zone: Zone;
  maxWords?: number;
  /** A marker whose following lines (caption, related headline) belong to the same teaser block. */
  opensTeaser?: boolean;
  /** Ends the article: nothing after it extends the body. */
  endsBody?: boolean;
  /** Worth trying on lines of paragraph length (cookie banners, notices, captions). */
  longLines?: boolean;
  /** A cheap test the line must pass before the pattern is tried: true of every line the pattern matches. */
  hint?: { test(line: string): boolean; /** Its regexes, when it is made of some (the matcher compiles them ahead). */ parts?: RegExp[] };
}

const alt = (...xs: string[]) => xs.join('|');
/** A hint that holds when any of its regexes does. */
const either = (...res: RegExp[]) => ({ test: (line: string) => res.some((r) => r.test(line)), parts: res });
/** Icon-font glyph names that stand as text when the font is not loaded (Material Icons). */
const ICON_NAMES = alt(
  'chevron_left', 'chevron_right', 'arrow_back(?:_ios)?', 'arrow_forward(?:_ios)?', 'arrow_upward', 'arrow_downward', 'arrow_drop_(?:down|up)', 'arrow_right_alt', 'arrow_(?:left|right)',
  'keyboard_arrow_(?:up|down|left|right)', 'keyboard_backspace', 'expand_(?:more|less)', 'more_(?:vert|horiz)', 'play_arrow', 'play_circle(?:_outline|_filled)?', 'pause_circle(?:_outline)?',
  'open_in_new', 'mail_outline', 'access_time', 'bookmark_(?:border|outline)', 'thumb_(?:up|down)(?:_alt)?', 'chat_bubble(?:_outline)?', 'remove_red_eye', 'account_circle', 'navigate_(?:next|before)',
  'first_page', 'last_page', 'fiber_manual_record', 'local_offer', 'content_copy', 'file_download', 'cloud_download', 'volume_(?:up|off)', 'fullscreen_exit', 'photo_camera', 'camera_alt',
  'zoom_(?:in|out)', 'check_circle', '(?:info|error|help)_outline', 'favorite_border', 'star_(?:border|half)', '(?:add|remove)_circle(?:_outline)?', 'person_outline', 'date_range', 'event_note',
  'format_quote', 'trending_(?:up|flat|down)', 'view_(?:list|module)', 'location_on', 'local_phone', 'insert_comment', 'mode_comment', 'library_books',
);
const SEP = String.raw`[\s:：\-–—|»›>•·.…]*`;
/** Between two buttons run together on a line: at least a space. */
const SEP_GAP = String.raw`[\s:：\-–—|»›>•·.…]+`;
/** What a WordPress feed writes between an item's title and its site ("The post … appeared first on …"), in the languages it is translated into. */
export const FIRST_ON = String.raw`appeared first on|erschien zuerst auf|se publicó primero en|est apparu en premier sur|apareceu primeiro em|появил(?:ось|ись|ся|ась) сначала на|pochodzi z serwisu|verscheen eerst op`;
/** Case-insensitive spelling of a phrase inside a case-sensitive pattern. */
const ci = (phrase: string) => phrase.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const line = (body: string, flags = 'iu') => new RegExp(`^(?:${body})$`, flags);

/** A network's name with a case ending ("Facebookon", "Facebookissa"), for share and follow lines in more languages: \p{L}+ under the i and u flags costs V8 a millisecond to compile, each time. */
const NETWORK = String.raw`(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|telegram|whatsapp|viber|threads|messenger|e-?mail|google(?: news)?|фейсбук|телеграм|вайбер|فيسبوك|تويتر|يوتيوب|انستغرام|تيليجرام|واتساب|جوجل نيوز)[a-zäöüåæøš]{0,5}`;

const SHARE_WORDS = alt(
  'share', 'shares', 'share on', 'share this', 'share via \\p{L}+', 'share (?:this|it)(?: article| story)? (?:on|via|with) \\p{L}+', 'share this article', 'share this story', 'share (?:the )?(?:full )?article', 'share to \\p{L}+', 'blogthis!?', 'pin (?:this|it)(?: for later)?!?', 'share story', 'share this page', 'share (?:this )?(?:entry|post|update)', 'share on \\p{L}+',
  'tweet', 'email', 'e-mail', 'print', 'purchase licensing rights', 'copy link', 'copy url', '(?:get|copy) (?:a |the )?short (?:url|link)', 'short (?:url|link)', '(?:share )?(?:all|close extra|extra) sharing options(?: for)?:?.{0,200}', 'link copied!?', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram',
  'pinterest', 'reddit', 'messenger', 'flipboard', 'vk', 'vkontakte', 'ok', 'tumblr', 'pocket', 'mail', 'sms', 'rss', 'youtube', 'instagram',
  'click to (?:share|email|print|tweet)\\b.{0,60}', 'tiktok', 'google\\+?', 'google plus', 'follow us', 'follow us on \\p{L}+', 'follow', 'buffer', 'digg', 'whatsapp', 'like', 'like this', 'save', 'comment', 'gift article', 'send',
  'compartir', 'compártelo', 'comparte', 'compartilhe', 'compartilhar', 'partilhe(?: isto| este artigo)?', 'partilhar', 'partager', 'partagez', 'teilen', 'artikel teilen', 'drucken',
  'imprimir', 'imprimer', 'поделиться', 'поделиться в', 'печать', 'condividi', 'bagikan', 'شارك', 'مشاركة', 'طباعة', 'تويتر', 'فيسبوك',
  // Recommend, follow and send buttons, and audio tools ("Recommend", "Follow @jdoe", "Download audio", "Embed player").
  'share this on:?', 'tweeter', 'envoyer', 'enviar a \\p{L}+', 'don[\'’]t miss (?:a |any )?stor(?:y|ies)', 'read or share this story:?(?: \\S+)?', 'this (?:article|story|page) was printed from:? \\S+', 'recommend(?: this)?', 'recommander', 'empfehlen', 'recomendar', 'consiglia', 'envoyer par mail', 'stumble(?:upon)?', 'add to timeline', 'follow @[\\w.]+', 'submit this story',
  'download (?:the )?(?:audio|podcast|episode|mp3)', 'listen now(?:[:\\s].{0,60})?', 'embed (?:player|this video|video)', 'subscribe to (?:the |our |this )?podcast',
  // Text size controls ("A A A", "Increase text size", "Aumenta el tamaño del texto", "Schrift vergrößern").
  'a\\s+a\\s+a', 'a[-–]\\s?a\\+', 'a\\+\\s?a[-–]', '(?:increase|decrease|reduce|enlarge|change|adjust) (?:the )?(?:text|font) size', '(?:text|font) size', '(?:larger|smaller|bigger) (?:text|font)',
  '(?:aumenta|disminuye|aumentar|disminuir|reducir|reduce|cambiar)(?: el)? tamaño (?:del|de la) (?:texto|letra|fuente)', 'tamaño (?:del )?(?:texto|letra|fuente)',
  'schrift(?:größe)? (?:vergrößern|verkleinern|ändern)', '(?:schrift|text)größe(?: (?:ändern|anpassen))?', '(?:agrandir|réduire|diminuer|augmenter) (?:le texte|la taille du texte|la police|la taille des caractères)', 'taille (?:du texte|des caractères|de la police)',
  '(?:aumenta|diminuisci|riduci|ingrandisci)(?: la)? dimensione del (?:testo|carattere)', 'dimensione (?:del )?(?:testo|carattere)', '(?:aumentar|diminuir)(?: o)? tamanho (?:da fonte|do texto|da letra)', 'tamanho (?:do texto|da fonte|da letra)',
  '(?:zwiększ|zmniejsz)(?: rozmiar)? (?:czcionk[ięa]|tekst(?:u)?)', 'rozmiar (?:czcionki|tekstu)', '(?:увеличить|уменьшить)(?: размер)? шрифт(?:а)?', 'размер шрифта', 'lettergrootte', '文字サイズ', '글자 ?크기',
  // Share, print and save controls in more languages: "share on <network>", "copy link", "send by e-mail".
  '(?:partager|compartir|compartilhar|condividi|teilen|delen|udostępnij) (?:sur|en|no|na|su|auf|op|via|por|per) \\p{L}+', 'auf \\p{L}+ teilen', 'per (?:e-?mail|whatsapp) (?:teilen|senden|versenden)',
  '(?:artikel|beitrag|seite|link|pressemitteilung|meldung) (?:teilen|drucken|kopieren|empfehlen|merken)', 'teile diesen (?:beitrag|artikel)', 'seite empfehlen', 'partager (?:cet article|la page|ce contenu)', 'imprimer la page', 'copier le lien', 'envoyer par (?:e-?mail|courriel)',
  // Mailing the article to a friend: "Email this article", "Envoyer cet article par e-mail", "Artikel per E-Mail versenden".
  '(?:e-?mail|send) this (?:article|story|page)(?: to a friend| by e-?mail)?', 'envoyer (?:cet article|cette page) (?:par (?:e-?mail|courriel)|à un ami)', 'enviar (?:esta noticia|este artículo|esta nota|esta página) (?:por (?:correo|e-?mail)|a un amigo)', '(?:artikel|beitrag|seite) (?:per e-?mail|an einen freund) (?:versenden|senden|verschicken|empfehlen)',
  'comparte (?:esta|este) (?:entrada|noticia|nota|artículo)', "partager (?:ce|cet|cette) (?:post|billet|article|publication)", 'copiar (?:el )?enlace', 'copiar link', 'enviar por (?:correo(?: electrónico)?|e-?mail)', 'condividi (?:questo|l\'articolo)', 'copia (?:il )?link', 'kopiuj link', 'link kopiëren', 'deel dit artikel', 'delen', 'udostępnij', 'drukuj', 'stampa', 'afdrukken',
  // Link and panel hints a page reads out ("opens in a new window", "Close share panel") and social follow lines.
  '(?:these are )?external links?(?: and)? (?:will )?opens? in a new (?:window|tab)', '.{0,40}\\b(?:opens?|will open) in a new (?:window|tab)', '(?:close|open) share (?:panel|menu|options)', 'like this (?:story|article|post)\\?(?: share it with (?:a friend|your friends)!?)?',
  'follow (?:us|[\\p{L}.&]+(?: [\\p{L}.&]+)?) on\\.?', '(?:please )?follow (?:us|[\\p{L}.&]+(?: [\\p{L}.&]+){0,5}) on (?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|telegram|threads|bluesky|mastodon|whatsapp|social media)(?: \\(@[\\w.]+\\))?(?:,? (?:and )?(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|telegram|threads|bluesky|mastodon|whatsapp|social media)(?: \\(@[\\w.]+\\))?)*\\.?',
  'become a fan(?: of [\\p{L}\\p{N}.&\'’ ]{1,40})? on facebook[.!]?', 'stay connected[.!]?', `@[\\w.]{2,30} on ${NETWORK}`, 'become a fan', '(?:stay connected[.!]? )?follow (?:us|[\\p{L}.&]+(?: [\\p{L}.&]+)?) (?:now|today)[.!]?',
  // "Suivez-nous sur Twitter et Facebook": following on several networks, in more languages.
  `(?:please follow us|follow us|folgen sie uns|folge uns|suivez-nous|síguenos|siga-nos|seguici|obserwuj nas|volg ons|следите за (?:нами|(?:нашими |последними )?новостями|новыми материалами)(?: [\\p{L}\\p{N}.«»-]+){0,3}|подписывайтесь на нас) (?:on|auf|bei|sur|en|no|nas|nos|su|na|w|op|в|во) ${NETWORK}(?:(?:,|\\s(?:and|und|et|y|e|i|en|и|&))\\s?${NETWORK}){0,5}[.!]?`,
  'folgen sie uns(?: auf)?', 'suivez-nous(?: sur)?', 'síguenos(?: en)?', 'siga-nos(?: n[oa]s?)?', 'seguici(?: su)?', 'obserwuj nas(?: (?:na|w))?', 'volg ons(?: op)?', 'google (?:news|actualités|notícias|noticias|notizie|nieuws)',
  // Polish share, save and follow controls: "Udostępnij wpis", "Udostępnij przez e-mail", "Polub", "Obserwuj nas w Google News".
  'podziel się(?: (?:artykułem|tekstem|na \\p{L}+))?', 'udostępnij (?:artykuł|tekst|materiał|zdjęcie|wideo|wpis)', 'udostępnij przez (?:e-?mail|\\p{L}+)', 'wyślij (?:e-?mailem|mailem|znajomemu)', 'skopiuj link', 'kopiuj adres', 'wydrukuj', 'zapisz(?: na później)?',
  'polub(?: nas)?(?: na \\p{L}+)?!?', 'obserwuj', 'obserwuj nas (?:na|w) (?:google news|\\p{L}+)!?', 'dołącz do nas(?: na \\p{L}+)?!?',
  'sharing is caring!?', 'spread the (?:love|word)!?',
  'mastodon', 'bluesky', '(?:teilen auf|partager sur|compartir en|condividi su|compartilhar no|udostępnij na)\\s?:?',
  // An embedded post's own link: "See Jane Doe's other Tweets".
  "see [\\p{L}\\p{N} .'’_-]{1,40}['’]s? other (?:tweets|posts)",
  // A toggle button read out in both its states ("FollowFollowing", "Bookmark Bookmarked", "Save Saved").
  'following', 'recommended', 'bookmark(?:ed)?', 'saved', 'liked', 'share more', 'follow (?:by|via) e-?mail',
  // Share and e-mail buttons with their object, the licensing link and "like us" lines: "Tweet this", "Email this article", "Share this with", "Reuse this content", "Like us on Facebook".
  'tweet this(?: (?:article|story|post))?', 'e-?mail this(?: (?:article|story|page|post))?', 'share this with', 'reuse this content',
  '(?:artikel|beitrag) per e-?mail (?:versenden|senden|verschicken|teilen)', "envoyer (?:cet article|l['’]article) par (?:e-?mail|courriel)", 'enviar (?:esta noticia|este artículo|esta nota) por (?:correo(?: electrónico)?|e-?mail)', 'enviar (?:esta notícia|este artigo|esta matéria) por e-?mail',
  "invia (?:questo articolo|l['’]articolo) (?:per|via) e-?mail", 'invia per e-?mail', 'отправить (?:статью )?(?:по (?:почте|e-?mail|email)|на почту)', 'wyślij (?:artykuł|link) (?:e-?mailem|mailem)', 'e-?mail dit artikel', 'mail dit artikel',
  `like us on ${NETWORK}`, `rejoignez-nous sur ${NETWORK}`, 'curta (?:a )?(?:nossa )?página no facebook', `like ons op ${NETWORK}`,
  // A blog's like button while it loads (WordPress.com and Jetpack: "Like Loading...", "Gefällt mir Wird geladen …", "J’aime chargement…"), and Print Friendly's button.
  "(?:like|gefällt mir|j['’]aime|me gusta|curtir|mi piace|нравится|vind[- ]ik[- ]leuk) (?:loading|wird geladen|chargement|cargando|carregando|caricamento|загрузка|laden)\\s?(?:\\.{3}|…)?", 'print friendly(?:,? pdf (?:&|and) e-?mail)?',
  // "Link copied!", print, save and gift buttons in more languages.
  'copied to clipboard!?', 'link kopiert!?', 'lien copié(?:\\s?!)?', '¡?enlace copiado!?', 'link (?:copiato|copiado|gekopieerd|skopiowany)!?', 'skopiowano link!?', 'ссылка скопирована!?', '(?:リンク|url)をコピーしました', 'kopieer (?:de )?link', 'скопировать ссылку',
  'print (?:this )?(?:page|article|story)', 'save (?:this )?(?:article|story)', 'save for later', 'bookmark (?:this )?(?:article|story|page)', 'распечатать', '(?:добавить )?в избранное', '(?:aumentar|diminuir) (?:o )?texto',
  'gift (?:this )?(?:article|story)', 'artikel verschenken', 'offrir (?:cet )?article', 'regala (?:este|questo) (?:artículo|articolo)', 'presentear (?:matéria|reportagem|artigo)', 'oferecer (?:este )?artigo',
  // Japanese, Chinese and Korean share rows, and the networks of Russia.
  '(?:この記事を)?シェア(?:する)?', 'ツイート', 'ポスト', 'ブックマーク', 'はてな(?:ブックマーク)?', 'はてブ', 'line', 'lineで送る', 'いいね[!！]?', '読者になる', 'フォローする', '印刷',
  '(?:facebook|twitter|x|line|はてな|はてなブックマーク)(?:で|に)(?:シェア|ツイート|ポスト|送る|共有)(?:する)?', '(?:著者|記者)(?:を)?フォロー(?:する)?', '(?:記事を)?(?:印刷|保存)する', 'リンクをコピー(?:する)?', 'urlをコピー(?:する)?',
  '分享(?:到|至)?', '转发', '轉發', '微信', '微博', '新浪微博', 'qq空间', '朋友圈', '复制链接', '複製連結', '공유(?:하기)?', '카카오톡', '카카오스토리', '페이스북', '트위터', '링크 복사', '스크랩',
  'вконтакте', 'в контакте', 'вк', 'ок', 'одноклассники', 'телеграм', 'телеграмм', 'твиттер', 'фейсбук', 'дзен', 'яндекс\\.?дзен',
  // Share, print, copy-link and text-size controls, and "follow us", in more languages; sharing on and following on a network below, the network named once.
  'megosztás', 'megosztom', 'nyomtatás', 'kinyomtatom', 'link másolása', 'betűméret', '[+-]?(?:nagyobb|kisebb) betűméret', 'küldés e-?mailben', 'küldd ide:? \\p{L}+', 'hozzáadom a könyvjelzőhöz', 'kövess(?:en|étek) minket!?',
  'sdílet', 'tisk', 'vytisknout', 'kopírovat odkaz', 'odkaz (?:byl )?zkopírován', 'velikost písma', 'poslat e-?mailem', 'sledujte nás', 'zdieľať', 'tlačiť', 'vytlačiť', 'kopírovať odkaz', 'odkaz (?:bol )?skopírovaný', 'veľkosť písma', 'poslať e-?mailom',
  'distribuie', 'printează', 'tipăre[șş]te', 'copiază (?:link|linkul)', 'link copiat!?', 'mărime text', 'сподели', 'принтирай', 'печат', 'копирай (?:линка|връзката)', 'размер на шрифта', 'изпрати по (?:имейл|e-?mail)',
  'поділитися', 'друк', 'надрукувати', 'копіювати посилання', 'посилання скопійовано!?', 'розмір шрифту', 'paylaş', 'yazdır', '(?:linki|bağlantıyı) kopyala', 'bağlantı kopyalandı!?', 'yazı boyutu', 'e-posta ile gönder',
  'dela', 'följ', 'skriv ut', 'kopiera länk(?:en)?', 'länken (?:är )?kopierad!?', 'textstorlek', 'skicka (?:med|som) e-post', 'del', 'udskriv', 'kopier (?:link|lenke)', '(?:link(?:et)?|lenken?) kopier(?:et|t)!?', 'tekststørrelse', 'send (?:som|via|på) e-?(?:mail|post)',
  'jaa', 'tulosta', 'kopioi linkki', 'linkki kopioitu!?', 'tekstin koko', 'lähetä sähköpostilla', 'κοινοποίηση', 'μοιραστείτε(?: το)?', 'εκτύπωση', 'αντιγραφή (?:συνδέσμου|link)', 'ο σύνδεσμος αντιγράφηκε!?', 'μέγεθος (?:γραμματοσειράς|κειμένου)',
  'salin (?:tautan|link)', '(?:tautan|link) (?:disalin|tersalin)!?', 'cetak', 'ukuran (?:teks|huruf|font)', 'chia sẻ', 'in bài(?: viết)?', 'sao chép (?:liên kết|link)', 'đã sao chép(?: liên kết| link)?!?', 'cỡ chữ', 'lưu bài(?: viết)?',
  'نسخ الرابط', 'تم نسخ الرابط', 'حجم الخط', '微信扫一扫', '扫码分享', '打印(?:本页)?', '字号', '收藏', '인쇄(?:하기)?', 'url 복사', '이 기사를 공유합니다',
  `(?:sdílet na|zdieľať na|distribuie pe|trimite pe|сподели (?:във|в|на)|dela på|del på|jaa|bagikan (?:ke|di|lewat)|chia sẻ (?:lên|qua)|kövess(?:en|étek) minket (?:a|az)|sledujte nás na|urmări[țţ]i-ne pe|urmăre[șş]te-ne pe|последвайте ни (?:във|в|на)|стежте за нами (?:у|в|на)|följ oss på|følg (?:os|oss) på|seuraa meitä|ακολουθήστε μας (?:στο|στα|στην)|ikuti kami di|theo dõi chúng tôi trên|تابع(?:ونا|نا) على) ${NETWORK}!?`,
  `(?:bizi )?${NETWORK}['’](?:ta|te|da|de|ten|tan|den|dan) (?:paylaş|takip edin)`,
  'rezept (?:drucken|merken|speichern)', '(?:imprimer|épingler|enregistrer) la recette', '(?:imprimir|guardar) (?:la )?receta', 'stampa (?:la )?ricetta', 'imprimir receita', 'print recipe', 'save recipe', 'pin (?:it|recipe)', 'pinne es', 'pin (?:this|the) recipe(?: (?:for later|on pinterest|now))?', 'pin (?:it|this) (?:for later|on pinterest)', '(?:épingler|épinglez|enregistrer) cette recette(?: sur pinterest)?', 'rezept (?:auf pinterest )?(?:pinnen|merken)', '(?:guarda|salva) (?:la |questa )?ricetta(?: su pinterest)?', '(?:guardar|guarda) (?:esta |la )?receta(?: en pinterest)?', '(?:salvar|salve) (?:esta |a )?receita(?: no pinterest)?',
  // A rights box's link: "Reuse this content (opens in new window)".
  'reuse this (?:content|article|story)(?: \\(opens in (?:a )?new window\\))?',
  // The toggle of a row of share buttons: "Show more sharing options".
  '(?:show )?(?:more|fewer|less|all) (?:sharing|share) options',
  // A font-size switch in Chinese: "字号：大 中 小".
  '字[号號]\\s*[:：]?\\s*大\\s*中\\s*小',
);

const READ_MORE = alt(
  // "More:" alone, "Read more about:".
  'more(?=\\s*[:：]\\s*$)', 'read more about(?=\\s*[:：]?\\s*$)', 'want to read more (?:articles|stories|posts) like this(?: one)?\\??', 'letters? in response to this (?:article|story|piece)(?=\\s*[:：])',
  // "Read: <headline>", "Lire : …", "Czytaj: …": the verb alone, with a colon and a headline after it.
  '(?:read|lire|leer|leia|lesen|leggi|czytaj|читайте|lees)(?=\\s*[:：]\\s*\\S)', 'read more', 'see more(?=\\s*[:：])', 'read also', 'also read', 'read next', 'see also', 'related', 'related articles?', 'related stories', 'related coverage', 'related (?:posts?|videos?|reading|roundups?|guides?)',
  'related content', 'related news', 'related links?', 'read this next', 'explore related content', 'related (?:news|items|content|stories|articles|posts|coverage) (?:on|from) [\\p{L}\\p{N}&\' .-]{1,40}', 'more on this', 'more on this story', 'more on this topic', 'watch', 'watch now',
  'listen', 'recommended', 'recommended for you', 'further reading', 'more stories', 'more news', 'you may also like', 'you might also like',
  'you may be interested in', 'continue reading', 'read the full story', 'read full article', '(?:show|view|see) (?:the )?full (?:article|story)', 'read the rest', 'click here to read more', '(?:check out|see|find|read|discover) more (?:articles|stories|news|posts|coverage) (?:on|at|from) [\\p{L}\\p{N}&.\'’ -]{1,40}!?', 'expand (?:the )?full (?:story|article)',
  'leer más', 'lee también', 'lea también', 'te puede interesar', 'mirá también', 'leé también', 'mirá más', 'también te puede interesar', 'relacionado', 'relacionados', 'más información', 'noticias relacionadas', 'seguir leyendo', 'seguí leyendo', 'read more (?:on|about) [\\p{L}&\'’ ]{1,30}',
  'mehr zum thema', 'weiterlesen', 'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren', 'mehr dazu', 'verwandte artikel',
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire la suite', 'voir aussi', 'sur le même sujet', 'à voir aussi', 'en savoir plus',
  'читайте также', 'читать далее', 'подробнее', 'смотрите также', 'по теме', 'читайте также на', 'еще по теме', 'ещё по теме', '(?:материалы|статьи|новости|публикации|другие новости|другие материалы) по теме',
  'leia mais', 'leia também', 'veja também', 'saiba mais', 'veja mais', 'relacionadas',
  'leggi anche', 'leggi di più', 'continua a leggere', 'baca juga',
  // A box of picks set into the page ("We recommend", "What's hot"): a marker, not a wall, as a review's subhead may say so too.
  // (Alone only: "We recommend: boil the water" is advice.)
  `(?:we recommend|what['’]s (?:hot|trending|popular)(?: now)?|wir empfehlen|nous vous recommandons|nos recommandations|recomendamos|(?:ti|vi) consigliamo)(?=${SEP}$)`,
  // Japanese, Chinese and Korean markers (whole lines: a word boundary means little between CJK characters).
  '(?:この記事の)?関連記事', '(?:この記事の)?関連ニュース', '関連リンク', 'あわせて読みたい', '併せて読みたい', 'こちらもおすすめ', 'おすすめ記事', 'この記事を読んだ人は(?:こちらも|こんな記事も)(?:読んでいます)?', 'この記事に関(?:連)?する(?:記事|ニュース)', '全文を(?:表示|読む)', 'おすすめ', 'こちらもどうぞ', '続きを読む', 'この記事の続きを読む', 'ler (?:o )?artigo', 'leer (?:el )?artículo', 'conoc[eé] más', 'artikel lesen', "lire l['’]article", "leggi l['’]articolo", 'читать статью', '記事を読む', '記事全文を読む', '全文を読む', '次のページ', '相关阅读', '相关新闻', '相关文章', '相關新聞', '相關閱讀', '延伸阅读', '延伸閱讀', '推荐阅读', '推薦閱讀', '阅读全文', '閱讀全文', '관련\\s?기사', '관련\\s?뉴스', '함께 보면 좋은 기사', '추천 기사',
  // Video boxes set into the article or under it, and "more on this topic".
  '(?:vídeos|videos) relacionados', 'vidéos (?:associées|liées|similaires)', 'video correlati', 'videos? zum thema', 'видео по теме', "gerelateerde video['’]?s", '関連動画', 'meer over dit onderwerp', 'ook interessant', 'е[щш]ё новости', 'еще новости',
  'lesen sie (?:hier|mehr)', 'auch lesenswert', 'passend zum thema', 'à lire également', 'lire la suite', 'quizás te interese', 'te recomendamos', 'leia mais', 'czytaj (?:także|też|również|więcej|dalej)', 'zobacz (?:także|też|również)', 'przeczytaj (?:też|także|również)', 'może cię (?:też |także |również )?zainteresować', 'lees (?:ook|meer|verder)', 'bekijk ook', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ أيضًا', 'اقرأ المزيد', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'شاهد أيضا',
  // Related, read-also and recommended markers in more languages ("Kapcsolódó cikkek", "Čtěte také", "Citește și", "Läs också", "Xem thêm"): not walls, as such boxes stand inside articles too.
  'kapcsolódó(?: cikkek| írások| hírek| tartalmak)?', 'ajánló', 'ajánlott (?:cikkek|tartalmak)', '(?:ez|ezek) is érdekelhet(?:i|ik)', 'olvassa el (?:ezt|ezeket) is', 'tovább olvasom', 'bővebben',
  'související(?: články| zprávy)?', 'mohlo by vás (?:také |též )?zajímat', 'přečtěte si (?:také|též|více)', 'čtěte (?:také|též|více|dál)', 'celý článek', 'doporučujeme',
  'súvisiace(?: články| správy)?', 'mohlo by vás (?:tiež |aj )?zaujímať', 'prečítajte si (?:aj|tiež|viac)', 'čítajte (?:aj|tiež|viac|ďalej)', 'celý článok', 'odporúčame',
  'articole (?:similare|asemănătoare|recomandate|conexe)', '[șş]tiri similare', 'cite[șş]te (?:[șş]i|mai mult|continuarea|tot articolul)', 'citi[țţ]i (?:[șş]i|mai mult)', 'vezi [șş]i', 'mai multe [șş]tiri', 'te-ar (?:mai )?putea interesa',
  'свързани (?:новини|статии|материали)', 'още по темата', 'още новини', 'прочет(?:ете|и) (?:още|също)', 'виж(?:те)? (?:още|също)', 'може да ви интересува', 'препоръчано', 'препоръчваме',
  'читайте (?:також|ще)', 'дивіться також', 'читати (?:далі|більше|повністю)', 'детальніше', 'більше новин', 'новини (?:за|на) темою', 'вас (?:також )?може зацікавити', 'рекомендуємо',
  '[iİ]lgili (?:haberler|yazılar|içerikler)', 'benzer (?:haberler|yazılar)', '(?:bunlar da )?[iİ]lginizi çekebilir', 'devamını oku', 'haberin devamı', 'daha fazla haber',
  'relaterade artiklar', 'relaterat', 'läs (?:också|även|mer)', 'mer läsning', 'rekommenderat', 'rekommenderade artiklar', 'du kanske också gillar', 'fler nyheter',
  'relaterede artikler', 'relateret', 'læs (?:også|mere)', 'anbefalet', 'du vil måske også kunne lide', 'flere nyheder', 'relaterte artikler', 'relatert', 'les (?:også|mer)', 'anbefalt', 'anbefalte (?:saker|artikler)', 'flere nyheter',
  'aiheeseen liittyv(?:ät|ää)(?: artikkelit| uutiset| jutut)?', 'lue (?:myös|lisää)', 'lisää aiheesta', 'katso myös', 'suosittelemme', 'lisää uutisia',
  'σχετικά άρθρα', 'σχετικές ειδήσεις', 'διαβάστε (?:επίσης|ακόμα|ακόμη|περισσότερα)', 'δείτε (?:επίσης|ακόμα|ακόμη)', 'μπορεί να σας ενδιαφέρει', 'προτεινόμενα(?: άρθρα)?',
  '(?:berita|artikel) terkait', 'baca (?:artikel )?selengkapnya', 'selengkapnya', 'tin liên quan', 'bài viết liên quan', 'xem thêm', 'đọc thêm', 'đọc tiếp', 'có thể bạn quan tâm',
  'مقالات ذات صلة', 'أخبار متعلقة', 'قد يهمك(?: أيضا| أيضاً)?', 'قد يعجبك(?: أيضا| أيضاً)?', '相关推荐', '猜你喜欢', '展开全文', '更多新闻',
);

// "Also on <site>" and a headline: a story of the same site set into the article.
const ALSO_ON = alt('also on', 'more on', 'read (?:more|also) on', 'auch auf', '(?:lire )?aussi sur', 'también en', 'leia (?:mais|também) n[oa]', 'читайте (?:также )?на', 'leggi anche su', 'baca juga di');

const ALSO_ON_LINE = new RegExp(`^(?:${ALSO_ON}) `, 'iu');
/** A marker with nothing after it, whose block (caption, headlines) follows on the next lines. */
export const isBareMarker = (text: string): boolean => !/[:：|»›>–—-]\s*\S/u.test(text) && !ALSO_ON_LINE.test(text);

/** Common section names of news sites, for "More from <section>" in languages where "more of" also starts a sentence. */
const SECTION_NAMES = alt(
  'pol[ií]tica', 'politique', 'politik', 'politiek', 'econom[ií]a', 'économie', 'economie', 'wirtschaft', 'esportes?', 'deportes', 'sports?', 'cultura', 'culture', 'kultur', 'cultuur', 'mundo', 'monde', 'mondo', 'welt', 'wereld', 'internacional', 'international', 'internazionale', 'esteri',
  'brasil', 'españa', 'france', 'italia', 'portugal', 'deutschland', 'nederland', 'tecnolog[ií]a', 'technologie', 'tech', 'saúde', 'salud', 'santé', 'salute', 'gesundheit', 'gezondheid', 'ciência', 'ciencia', 'sciences?', 'scienza', 'wissenschaft', 'wetenschap',
  'educação', 'educación', 'éducation', 'opinião', 'opinión', 'opinion', 'opinione', 'opinie', 'meinung', 'negócios', 'negocios', 'finanças', 'finanzas', 'finance', 'finanza', 'finanzen', 'cinema', 'cine', 'música', 'musique', 'musica', 'musik', 'muziek',
  'entretenimento', 'entretenimiento', 'spettacoli', 'cronaca', 'sociedade', 'sociedad', 'société', 'società', 'gesellschaft', 'futebol', 'fútbol', 'football', 'calcio', 'fußball', 'voetbal', 'justiça', 'justicia', 'justice', 'giustizia',
  'mercados', 'marchés', 'mercati', 'märkte', 'ambiente', 'medio ambiente', 'environnement', 'umwelt', 'clima', 'climat', 'klima', 'eleições', 'elecciones', 'élections', 'elezioni', 'wahlen', 'verkiezingen', 'regionais', 'régions', 'regioni', 'regionales', 'lokales', 'binnenland', 'buitenland',
);

const MOST_READ = alt(
  'most popular( articles| stories| news)?', 'most read( articles| stories)?', 'top \\d{1,2}(?: (?:news|most|latest|trending|popular))*(?: (?:stories|articles|headlines|topics|reads|read|news))', 'most viewed', 'most shared', 'most commented', 'trending( now| stories| news| videos)?', 'keep watching',
  'popular( now| posts| articles| stories)?', 'news ?feed', 'лента новостей', 'newsticker', 'recent( blog)? (posts|articles|stories)', 'recent comments', 'related posts', 'more (?:in|from|on) [\\p{L}&\'’ ]{1,40}', 'more(?: [\\p{L}&\'’]+){0,3} (?:stories|articles|reads|videos|news|posts|sports|headlines|coverage)(?: (?:like this|for you))?', 'more stories like this',
  'lo más leído', 'lo más visto', 'más leídas', 'más leído', 'meistgelesen(?:e artikel)?(?: (?:in|aus|im) [\\p{L} .-]{1,30})?', 'am meisten gelesen',
  // Other galleries and videos under a gallery or a video: "More galleries", "Mais vídeos".
  'more (?:photo )?galleries', '(?:mais|outras) (?:galerias|vídeos)', '(?:más|otras) (?:galerías|videos)', 'plus de (?:galeries|vidéos)', '(?:altre|più) (?:gallerie|video)', 'weitere (?:bilder)?galerien', 'weitere videos', 'więcej (?:galerii|wideo|filmów)', '(?:ещё|еще|другие) (?:галереи|фотогалереи|видео)',
  'les plus lus', 'les plus partagés', 'самое читаемое', 'популярное', 'самое популярное', 'mais lidas', 'mais lidos', 'mais populares', 'più letti', 'terpopuler',
  'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تصفحاً?', 'top stories', 'top news', 'latest news', 'latest stories', "editor(?:['’]?s|s['’]) (?:picks?|choice)", 'die redaktion empfiehlt', '(?:le |les )?choix de la rédaction', 'sélection de la rédaction', '(?:la )?selección del editor', 'escolhas? d[oa] (?:editor|redação)', '(?:la )?scelta della redazione', 'выбор редакции', 'wybór redakcji', 'keuze van de redactie', 'don\'?t miss', 'in case you missed it',
  'suggested (?:reads|reading|articles|stories|posts)', 'more (?:commentary|opinion|analysis|columns)',
  'you may also like', 'you might also like', 'recommended for you', 'more like this', 'related searches', '(?:what )?(?:other )?people (?:are|also) (?:also )?(?:reading|read)', 'people also read', 'read more from [\\p{L}&\'’ ]{1,40}',
  // "You might also like" boxes in more languages.
  'das könnte (?:sie|dich) auch interessieren', 'weitere (?:artikel|beiträge|meldungen|nachrichten)', 'ähnliche (?:artikel|beiträge|jobs|stellen(?:angebote)?|themen|rezepte|produkte|videos|leistungen|tests)', 'similar (?:jobs|articles|stories|posts|recipes|products)', 'related (?:jobs|services|products|recipes)', 'weitere (?:jobs|stellenangebote|tests|rezepte|produkte)', 'verwandte leistungen', 'empfehlungen der redaktion', 'mehr aus (?:der|dem) [\\p{L} ]{1,30}', 'verwandte (?:artikel|themen|beiträge|links)', 'top-artikel',
  "(?:ces|ce|d['’]autres) (?:articles?|recettes?|contenus?|sujets?|vidéos?|lectures?|idées?) (?:pourrai(?:en)?t|devrai(?:en)?t|vont) (?:aussi |également |sûrement )?vous (?:plaire|intéresser)", 'vous (?:pourriez|pourrez|allez) (?:aussi |également )?(?:aimer|apprécier|adorer)', 'also from this source', 'more from this source',
  '(?:también )?te (?:puede|podría|pueden|podrían) gustar(?: también)?', 'te podrían? interesar', 'te pueden interesar', '(?:você|vc) (?:também )?(?:pode|poderá|vai|poderia) (?:gostar|se interessar)(?: também)?', '(?:também )?(?:pode|podem) (?:lhe |te )?interessar',
  '(?:ti |vi )?potrebbe(?:ro)? (?:anche )?(?:interessarti|piacerti|interessare|piacere)(?: anche)?', 'вам (?:также |тоже )?(?:может|могут) (?:быть интересн[оы]|понравиться)', '(?:это|вас) (?:также |тоже )?может (?:быть интересно|заинтересовать)',
  '(?:das|dies|diese artikel) (?:könnte|könnten|dürfte|dürften) (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren', '(?:das )?(?:könnte|dürfte) (?:ihnen|dir|euch) auch gefallen', 'dit vind je misschien ook (?:leuk|interessant)', 'misschien ook interessant',
  'vous aimerez aussi', 'vous aimerez aussi ces articles', 'à découvrir aussi', 'à découvrir', 'nos articles recommandés', 'articles similaires', 'articles recommandés', 'dans la même rubrique', 'sur le même thème', 'les plus consultés',
  'noticias relacionadas', 'más noticias', 'otras noticias', 'entradas relacionadas', 'artículos relacionados', 'notas relacionadas', 'lo último', 'también te puede interesar',
  'articoli correlati', 'altre notizie (?:di|da|su) [\\p{L}\\p{N}\' ]{1,30}', 'potrebbe interessarti', 'ti potrebbe interessare', 'altre notizie', 'i più letti', 'notícias relacionadas', 'matérias relacionadas', '(?:você )?(?:também )?pode(?:rá)? (?:também )?gostar(?: de ler)?', 'mais notícias',
  'najczęściej (?:czytane|komentowane|oglądane)(?: (?:artykuły|teksty|dziś|teraz|w tym tygodniu))?', 'najpopularniejsze(?: (?:artykuły|teksty|wiadomości|dziś|teraz|w tym tygodniu))?', 'podobne (?:artykuły|wpisy|teksty|przepisy)', 'polecamy', 'polecane(?: (?:artykuły|teksty|wpisy))?', 'powiązane artykuły',
  'więcej (?:artykułów|tekstów|wiadomości|wywiadów|reportaży|felietonów|wpisów|przepisów)(?: (?:autora|autorki|z działu [\\p{L} ]{1,30}))?', 'meest gelezen', 'gerelateerde artikelen', 'meer nieuws', 'aanbevolen',
  'artigos relacionados', 'posts relacionados', 'related articles', 'artículos que te pueden interesar', 'articles liés',
  // Ranking boxes in Japanese, Chinese and Korean.
  '(?:アクセス|コメント|人気記事|記事|総合|週間|月間|デイリー)?ランキング', '人気記事', '人気の記事', '注目記事', 'よく読まれている記事', 'よく読まれている', '最もよく読まれた記事', '読まれている記事', '最新記事', '新着記事',
  '热门(?:文章|新闻|推荐|排行)?', '熱門(?:文章|新聞)?', '排行榜', '点击排行', '點閱排行', '最新文章', '많이 본 (?:뉴스|기사)', '가장 많이 본 (?:뉴스|기사)', '인기 기사', '최신 기사',
  'recommended (?:stories|articles|reading|videos|posts)', 'more (?:stories|articles|news) like this(?: one)?',
  // Boxes of other stories under English headings: a network's ("Around the web"), a site's ("Elsewhere on X", "Trending in Sports").
  // (Not "Also on …", "Latest from …", "Before you go" or "In other news": subheads of council reports, live pages, travel guides and newsletters.)
  'around the web', 'elsewhere on [\\p{L}\\p{N}&\'’ .-]{1,30}', 'trending in [\\p{L}\\p{N}&\'’ .-]{1,30}', 'must[- ]reads?', 'latest headlines', 'read these next', 'what others are reading',
  "today['’]s top (?:stories|news|headlines)", 'stories you (?:may|might) (?:also )?(?:like|enjoy)', '(?:stories|picked|chosen) for you', 'more to explore', 'you (?:may|might) have missed', 'more stories like this', 'popular on [\\p{L}\\p{N}&\' .-]{1,30}', 'on our radar', 'next up(?: in [\\p{L}&\' ]{1,30})?', 'related (?:roundup|reading|posts|videos)', 'what to read next', 'up next',
  // A shop's box of deals, and more on the same story: "Today's best deals", "Latest on this story".
  "today['’]s best deals", 'best deals(?: today)?', 'latest on this story',
  // A finance site's boxes of quotes: "Most active", "Top gainers", "Trending tickers".
  'most active(?: stocks)?', 'top (?:gainers|losers)', 'biggest (?:movers|gainers|losers)', 'trending tickers', 'market movers',
  // A video page's list of the next videos: "Próximos vídeos", "Weitere Videos", "次の動画".
  'next videos', 'more videos', 'próximos vídeos', 'mais vídeos', 'vídeos a seguir', 'próximos videos', 'más videos', 'siguientes videos', 'vidéos suivantes', 'prossimi video', 'altri video', 'weitere videos', 'nächste videos', 'следующие видео', 'другие видео', 'е[щш]ё видео', '次の動画', 'おすすめ動画', '他の動画',
  // "More from <section>" boxes: the section named from a common list, so that "Mais de perto" or "Más de lo mismo" (subheads) are not.
  // (The list in a lookahead: after each of the openings it would cost V8 ten times as much to compile.)
  `(?:plus de|más de|mais de|mais em|altro (?:da|di|in)|meer uit|mehr aus(?: der| dem| den)?) (?=(?:${SECTION_NAMES})${SEP}$)[\\p{L} ]{2,30}`, "plus d['’](?:actualités|articles|infos|vidéos)(?: (?:sur|de|du|des) [\\p{L}\\p{N}'’ -]{1,30})?",
  '(?:más|mais) not[ií]cias (?:de|sobre|d[oa]|en|em) [\\p{L}\\p{N}\'’ -]{1,30}', 'also in (?:the )?news', 'empfohlene (?:artikel|beiträge|videos)', 'dalla stessa (?:sezione|categoria|rubrica)', 'recomendad[oa]s? para (?:você|ti)',
  'похожие (?:материалы|новости|статьи|публикации)', 'другие новости(?: (?:раздела|рубрики))?', 'главное за (?:день|неделю|сутки)', 'рекомендуем', 'е[щш]ё из (?:раздела|рубрики) [\\p{L}\\p{N} -]{1,30}', 'еще из (?:раздела|рубрики) [\\p{L}\\p{N} -]{1,30}',
  'więcej z (?:kategorii|działu) [\\p{L}\\p{N} -]{1,30}', 'najnowsze (?:wiadomości|artykuły|informacje)',
  // Most-read and other-news boxes in more languages ("Legolvasottabb", "Nejčtenější", "Cele mai citite", "Най-четени", "En çok okunanlar", "Mest lästa", "Luetuimmat").
  'legolvasottabb(?: cikkek| hírek)?', 'további (?:cikkek|híreink|hírek)', 'még több hír', 'nejčtenější(?: články| zprávy)?', 'další (?:články|zprávy)', 'najčítanejšie(?: články| správy)?', 'ďalšie (?:články|správy)',
  'cele mai (?:citite|comentate|populare)(?: articole| [șş]tiri)?', 'най-(?:четени|четено|коментирани|популярни|гледани)(?: новини| статии)?', 'найчитаніше', 'найпопулярніше', 'популярне', 'схожі (?:новини|статті|матеріали|публікації)', "пов['’]язані (?:новини|статті|матеріали)", 'інші новини', 'стрічка новин',
  'en çok (?:okunan(?:lar| haberler)?|yorumlanan(?:lar)?|izlenen(?:ler)?)', 'çok okunan(?:lar| haberler)', 'diğer haberler', 'editörün seçtikleri', 'mest (?:lästa?|läst|læste?|leste?)(?: artiklar| artikler| nyheter| nyheder)?', 'luetuimmat(?: uutiset| jutut| artikkelit)?',
  'δημοφιλή(?: άρθρα)?', 'τα πιο δημοφιλή', 'δημοφιλέστερα', '(?:τα )?πιο διαβασμένα', 'ροή ειδήσεων', 'berita terpopuler', 'paling populer', 'berita lainnya', 'pilihan editor', '(?:đọc|xem) nhiều nhất', '(?:các )?tin khác', 'tin cùng chuyên mục',
  'الأكثر تعليق(?:ا|اً)', 'أخبار أخرى', 'المزيد من الأخبار', '(?:24小时)?热点(?:新闻|排行)?', '(?:この)?(?:記者|筆者|著者)の(?:最新)?記事(?:一覧)?', '[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{1,10}の記事一覧',
);

// Section labels that also head the page, so they are not walls.
const SECTION_HEADS = alt(
  'más recientes', 'mais recentes', 'les plus récents', 'più recenti', 'najnowsze', 'nieuwste',
  'latest( posts)?', 'recent', 'breaking news', 'featured', 'highlights', 'últimas noticias', 'neueste artikel', 'à la une', 'последние новости', 'главное', 'últimas notícias', 'آخر الأخبار',
  'legfrissebb(?: hírek| cikkek)?', 'friss hírek', 'nejnovější(?: zprávy| články)?', 'najnovšie(?: správy| články)?', 'ultimele (?:[șş]tiri|articole)', 'cele mai noi', 'ultima oră', 'последни новини', 'най-новото', 'останні новини', 'головне',
  'son (?:dakika|haberler)', 'öne çıkanlar', 'senaste (?:nytt|nyheterna|nyheter)', 'seneste (?:nyt|nyheder)', 'siste nytt', 'uusimmat(?: uutiset)?', 'tuoreimmat(?: uutiset)?', 'τελευταία νέα', 'τελευταίες ειδήσεις',
  '(?:berita )?terbaru', 'tin (?:mới nhất|mới|nổi bật)', 'أحدث الأخبار', '最新(?:新闻|资讯)', '(?:주요|실시간|최신) 뉴스',
);

const NAV_WORDS = alt(
  'aller au contenu(?: principal)?', 'pular para o conteúdo(?: principal)?', 'saltar al contenido(?: principal)?', 'zum inhalt springen', 'перейти к (?:содержанию|основному содержанию)', 'انتقل إلى المحتوى',
  'home', 'menu', 'search', 'search\\s.{1,30}', 'sign in', 'log in', 'login', 'register', 'sign up', 'my account', 'account', 'skip to (main )?content',
  'skip to navigation', 'prev(?:ious)? ?next', 'skip navigation', 'jump to', '(?:jump|skip) to (?:the )?recipe', '(?:direkt )?zum rezept(?: springen)?', '(?:aller|sauter) à la recette', '(?:ir|saltar) a la receta', 'vai alla ricetta', '(?:pular|ir) para (?:a )?receita', 'przejdź do przepisu', 'naar het recept', 'перейти к рецепту', 'back to top', 'go to top', 'top', 'close', 'open', 'toggle navigation', 'main menu',
  // A blog theme's menu names ("Primary Menu"), the Meta widget's feed links ("Entries feed", "Comments feed") and WordPress.com's bar ("Collapse this bar"), in the languages WordPress prints them in.
  '(?:primary|secondary|top|social(?: links)?|footer) menu', 'hauptmenü', 'primäres menü', 'menu principal', 'menú principal', 'menu principale', '(?:главное|основное) меню', 'menu główne', 'główne menu', 'hoofdmenu', 'primair menu',
  '(?:entries|posts|comments) (?:feed|rss|\\(rss\\))', 'feed (?:der|für) (?:einträge|beiträge|kommentare)', '(?:einträge|beiträge|kommentare)-feed', 'flux des (?:publications|articles|commentaires)', 'feed de (?:entradas|comentarios|comentários|posts|artigos)',
  'feed (?:dei|degli) (?:contenuti|articoli|commenti|post)', '(?:лента|rss) (?:записей|комментариев)', 'kanał (?:wpisów|komentarzy)', '(?:berichten|reacties)[- ]?feed', 'collapse this bar',
  'next', 'previous', 'prev',
  '(?:categories|category)\\s*:.{0,120}', '\\(?view all\\)?', 'caption', 'back to gallery', 'back to article', 'return to top', 'more', 'show more', 'load more', 'see more', 'see all', 'view all', 'all news', 'sections', 'topics', 'categories', 'tags', 'explore', 'contact( us)?',
  'about( us)?', 'advertise( with us)?', 'careers', 'help', 'faq', 'sitemap', 'site map', 'archive', 'archives', 'subscriptions?', 'newsletters?', 'podcasts?',
  'videos?', 'photos?', 'gallery', 'galleries', 'live', 'weather', 'opinion', 'world', 'business', 'sport', 'sports', 'politics', 'tech', 'technology',
  'science', 'health', 'culture', 'lifestyle', 'entertainment', 'travel', 'food', 'style', 'local', 'national', 'economy', 'markets', 'edition',
  'inicio', 'portada', 'buscar', 'menú', 'startseite', 'suche', 'accueil', 'rechercher', 'главная', 'поиск', 'меню', 'início', 'pesquisar', 'busca',
  'الرئيسية', 'بحث', 'القائمة', 'cerca', 'beranda', 'cari',
  // Site controls in more languages: menus, sign-in and registration, search, back and to-top links.
  'menü', 'menü öffnen', 'anmelden', 'abmelden', 'registrieren', 'jetzt registrieren', 'mein konto', 'suchen', 'schließen', 'zurück', 'nach oben', 'zum seitenanfang', 'direkt zum inhalt', 'direkt zur suche', 'zurück zur übersicht', 'zurück zur startseite', 'alle artikel', 'mehr anzeigen', 'mehr laden', 'sie sind hier:?', 'leichte sprache', 'gebärdensprache',
  'se connecter', 'connexion', 'déconnexion', "s'inscrire", 'inscription', 'mon compte', 'fermer', 'retour', 'retour en haut', 'haut de page', 'aller au menu', 'aller à la recherche', 'aller au contenu', 'retour à la liste(?: des \\p{L}+)?', "retour à l'accueil", 'voir plus', 'voir tout', 'vous êtes ici ?:?',
  'iniciar sesión', 'cerrar sesión', 'registrarse', 'regístrate', 'mi cuenta', 'cerrar', 'volver', 'volver arriba', 'ir al contenido(?: principal)?', 'volver al listado', 'volver a la portada', 'ver más', 'ver todo', 'estás en:?', 'subir',
  'accedi', 'registrati', 'esci', 'chiudi', 'torna su', 'torna indietro', 'vai al contenuto', 'entrar', 'cadastre-se', 'minha conta', 'fechar', 'voltar', 'voltar ao topo',
  'zaloguj(?: się)?', 'zarejestruj(?: się)?', 'wyloguj', 'szukaj', 'zamknij', 'wróć', 'powrót', 'przejdź do treści', 'strona główna',
  'pokaż więcej', 'zobacz więcej', 'załaduj więcej', 'wczytaj (?:więcej|(?:wcześniejsze|starsze|kolejne|nowsze) wpisy)', 'inloggen', 'registreren', 'zoeken', 'sluiten', 'terug', 'naar boven', 'ga naar de inhoud',
  // Load and show-more buttons, sign-out and back-to-top links in more languages.
  'sign out', 'log ?out', '(?:load|show|see|view) more (?:stories|articles|news|posts|results|videos)', 'weitere (?:artikel|beiträge|meldungen|nachrichten) laden', 'zurück nach oben', "charger plus(?: d['’]articles)?", 'afficher plus', 'se déconnecter',
  'cargar más(?: noticias| artículos)?', 'mostrar más', 'ir arriba', 'carica altr[io](?: articoli| post| contenuti| notizie)?', 'mostra (?:altro|di più)', 'vedi altro', 'il mio account', "torna all['’]inizio", 'torna in alto',
  'carregar mais(?: notícias| artigos| matérias)?', 'ver mais', 'mostrar mais', 'sair', 'iniciar sessão', 'terminar sessão', 'показать (?:ещё|еще|больше)', 'загрузить (?:ещё|еще)', 'выйти', 'войти', 'личный кабинет', 'наверх',
  'do góry', 'wróć na górę', 'moje konto', 'wideo', 'meer laden', 'toon meer', 'bekijk meer', 'laad meer(?: artikelen| nieuws)?', 'uitloggen', 'mijn account', 'terug naar boven',
  // Sign-in, search, home, back-to-top, load-more and page links in more languages.
  'bejelentkezés', 'regisztráció', 'kijelentkezés', 'főoldal', 'címlap', 'keresés', 'vissza (?:az oldal tetejére|a címlapra|a főoldalra|a tetejére)', 'továbbiak betöltése', 'még több(?: betöltése)?', '(?:következő|előző) oldal',
  'přihlásit se', 'přihlášení', 'registrace', 'odhlásit se', 'hlavní strana', 'hledat', 'vyhledávání', 'zpět nahoru', 'nahoru', 'zobrazit (?:více|další)', 'načíst (?:další|více)', '(?:další|předchozí) strana',
  'prihlásiť sa', 'prihlásenie', 'registrácia', 'odhlásiť sa', 'hlavná stránka', 'hľadať', 'vyhľadávanie', 'späť (?:hore|na začiatok)', 'hore', 'zobraziť (?:viac|ďalšie)', 'načítať (?:ďalšie|viac)',
  'autentificare', 'conectare', 'înregistrare', 'deconectare', 'contul meu', 'pagina principală', 'acasă', 'caută', 'căutare', 'înapoi sus', 'vezi mai mult', 'încarcă mai multe', 'pagina (?:următoare|anterioară)',
  'вход', 'регистрация', 'изход', 'моят профил', 'начало', 'търсене', 'към началото', 'нагоре', '(?:зареди|покажи) още', 'увійти', 'вхід', 'реєстрація', 'вийти', 'головна', 'пошук', '(?:завантажити|показати) ще', 'догори',
  'giriş yap', 'üye ol', 'kayıt ol', 'çıkış yap', 'ana ?sayfa', 'arama', 'yukarı çık', 'başa dön', 'tümünü gör', 'daha fazla(?: göster| yükle)?',
  'logga (?:in|ut)', 'registrera dig', 'mitt konto', 'startsida', 'sök', 'meny', '(?:tillbaka )?till? toppen', 'visa fler', 'ladda fler', 'log (?:ind|ud)', 'opret bruger', 'min konto', 'forside', 'søg', 'vis flere', 'indlæs flere',
  'logg (?:inn|ut)', 'registrer deg', 'min side', 'søk', 'last inn flere', 'kirjaudu (?:sisään|ulos)', 'rekisteröidy', 'oma tili', 'etusivu', 'haku', 'valikko', 'takaisin ylös', 'näytä lisää', 'lataa lisää',
  'σύνδεση', 'εγγραφή', 'αποσύνδεση', 'αρχική', 'αναζήτηση', 'μενού', '(?:επιστροφή )?στην κορυφή', 'περισσότερα',
  'masuk', 'daftar', 'keluar', 'kembali ke atas', 'lihat semua', 'muat lebih banyak', 'selanjutnya', 'sebelumnya', 'halaman (?:selanjutnya|berikutnya|sebelumnya)',
  'đăng nhập', 'đăng ký', 'đăng xuất', 'trang chủ', 'tìm kiếm', '(?:lên|về) đầu trang', 'trang (?:sau|trước|tiếp)', 'تسجيل (?:الدخول|الخروج)', 'إنشاء حساب', 'العودة (?:للأعلى|إلى الأعلى)',
  '首页', '返回顶部', '上一页', '下一页', '查看更多', '加载更多', '登录', '注册', '退出(?:登录)?', '홈', '검색', '맨 ?위로', '위로', '로그인', '회원가입', '로그아웃', '(?:기사 )?더\\s?보기',
  // Menu and search toggles, a navigation's own name and "you are here": "Menü schließen", "Hauptnavigation", "Sie befinden sich hier:".
  '(?:open|close|toggle) (?:the )?(?:menu|search|navigation)', '(?:main|primary|site) navigation', 'hauptnavigation', 'servicenavigation', 'metanavigation', '(?:navigation|suche|menü) (?:öffnen|schließen)', 'zur (?:haupt)?navigation(?: springen)?', 'sie befinden sich hier\\s?:?',
  '(?:ouvrir|fermer) (?:le menu|la recherche)', 'navigation principale', '(?:abrir|cerrar) (?:el )?(?:menú|buscador)', '(?:usted )?está aquí\\s?:?', 'navegación principal', '(?:apri|chiudi) (?:il )?menu', '(?:abrir|fechar) (?:o )?menu', '(?:otwórz|zamknij) menu',
  'weiterführende (?:links|informationen)', 'links zum thema', 'further links', 'enlaces relacionados', 'liens connexes',
  'about me', 'à propos de moi', 'über mich', 'sobre mí', 'sobre mim', 'chi sono', 'o mnie', 'обо мне', 'over mij',
  // A footer's box of links: "Quick links", "Nützliche Links", "Enlaces de interés".
  'quick ?links', '(?:useful|important|helpful) links', 'schnellzugriff', 'nützliche links', 'liens (?:rapides|utiles)', 'enlaces (?:rápidos|útiles|de interés)', 'links (?:rápidos|úteis)',
  'link utili', 'collegamenti (?:rapidi|utili)', '(?:szybkie|przydatne) linki', '(?:быстрые|полезные) ссылки', '(?:snelle|handige|nuttige) links',
  // A live story's sort and refresh controls: "Newest first", "Älteste zuerst", "Live-Ticker aktualisieren".
  '(?:newest|latest|oldest) first', '(?:neueste|älteste) zuerst', '(?:plus récents?|plus anciens?) d[\'’]abord', '(?:más recientes|más antiguos) primero', '(?:mais recentes|mais antigos) primeiro', '(?:live-?(?:ticker|blog) )?(?:aktualisieren|refresh)',
  'ログイン', 'ログアウト', '会員登録', 'マイページ', 'ページ(?:の)?トップへ(?:戻る)?', '(?:この)?ページの先頭へ(?:戻る)?', 'トップへ戻る', 'もっと見る', 'もっと読む', 'さらに表示', '(?:次|前)(?:の)?ページ(?:へ)?', '(?:この(?:ニュース|記事)の)?(?:動画|写真|画像|ニュース|記事)をもっと見る',
);

const ADVERT = alt(
  'advertisements?', 'advertisement \\d{1,2}', '請繼續往下閱讀\\.{0,3}…?', '请继续往下阅读\\.{0,3}…?', 'advertising', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored links?', 'paid content', 'paid post', 'promoted', 'partner content',
  '(?:the )?(?:story|article) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad|gallery|video|photos?|slideshow))?', 'continue reading (the main story|below)', 'ad feedback',
  '(?:advertisement|advert|ad)\\s*[-–—:|·•]?\\s*(?:continue reading below|(?:the )?(?:story|article) continues below)',
  // An ad that did not load without JavaScript, and the article going on: "This advertisement has not loaded yet, but your article continues below."
  '(?:this )?(?:advertisement|advert|ad) (?:has not|hasn[\'’]t|did not|didn[\'’]t) load(?:ed)?(?: yet)?[.,;]?\\s*(?:but )?(?:your |the |this )?(?:article|story) continues(?: below)?\\.?',
  'sponsored (?:stories|posts?|articles?)', 'promoted (?:content|stories|links?)',
  '(?:advertisement|advert|ad)\\s*[·•|-]\\s*scroll to continue',
  // A bookmaker's box: its odds' source, its warning and its button.
  'bet now', 'odds (?:by|courtesy of|provided by|powered by) [\\p{L}\\p{N}&\'’ -]{1,30}(?:[.,]\\s.{0,200})?', '(?:18\\+\\.?\\s*(?:only\\.?\\s*)?)?(?:please )?gamble responsibly\\.?(?: .{0,120})?', '18\\+\\.?\\s*(?:only\\.?\\s*)?(?:please )?(?:gamble|bet) responsibly\\.?.{0,120}',
  // A sponsor's label over a box or an article: "Presented by Graintek", "Brought to you by …".
  "(?:sponsored|presented|brought to you) by [\\p{L}\\p{N}&.'’ -]{1,40}",
  'skip ad', 'report this ad', 'publicidad', 'publicidade', 'anuncio', 'anzeige', 'werbung', 'publicité', 'реклама', 'реклама\\s?\\d{1,2}\\+', 'pubblicità', 'iklan', 'إعلان', 'اعلان',
  'reklama', '(?:materiał|artykuł) (?:sponsorowany|partnera|promocyjny)', 'treść sponsorowana', 'dalsza część (?:artykułu|tekstu|materiału) (?:pod|poniżej) (?:reklamą|materiałem wideo|wideo|filmem|galerią)',
  // WordPress.com's label over its ads in more languages ("Advertisements", "Publicités", "Anuncios").
  'publicités', 'anuncios', 'anúncios', 'reklamy', 'advertenties',
  // A recommendation widget's heading with its network's name: "Promoted Links by Taboola", "Recommended by Outbrain".
  '(?:(?:promoted|sponsored) (?:links|content|stories|articles|posts)|recommended(?: for you)?|you may like|around the web|from the web) by (?:taboola|outbrain|revcontent|mgid)',
  'pr', 'pub', '広告', 'スポンサーリンク', 'スポンサードリンク', 'スポンサー', '广告', '廣告', '赞助内容', '광고',
  // The article goes on after the ad, and the sponsor's labels, in more languages ("Continua depois da publicidade").
  'weiterlesen nach der (?:anzeige|werbung)', 'lesen sie nach der (?:anzeige|werbung) weiter', '(?:der )?(?:artikel|text|beitrag) (?:wird nach der (?:anzeige|werbung) fortgesetzt|geht nach der (?:anzeige|werbung) weiter)', 'gesponsert', 'gesponserter (?:inhalt|beitrag|artikel)', 'bezahlter (?:inhalt|beitrag)',
  '(?:la )?suite (?:de l[\'’]article )?(?:après|sous) (?:la|cette) publicité', 'l[\'’]article continue (?:après|sous) (?:la|cette) publicité', 'contenu (?:sponsorisé|partenaire|de marque|publicitaire)', 'sponsorisé',
  '(?:la noticia |el artículo |el texto )?(?:continúa|sigue) (?:después de|tras|debajo de) (?:la|este) (?:publicidad|anuncio)', 'sigue leyendo (?:después de|tras) (?:la )?publicidad', 'contenido (?:patrocinado|de marca|publicitario)', 'patrocinado',
  '(?:l[\'’]articolo |la notizia )?continua (?:a leggere )?(?:dopo|sotto) (?:la )?pubblicità', 'contenuto (?:sponsorizzato|pubblicitario)', 'sponsorizzato', 'pubbliredazionale',
  '(?:a (?:matéria|reportagem|notícia) )?continua (?:depois d[ao] |após (?:a )?|abaixo d[ao] )(?:publicidade|anúncio)', 'continuar a ler (?:depois d[ao] |após (?:a )?)publicidade', 'conteúdo (?:de marca|patrocinado|publicitário)', 'publieditorial',
  'продолжение (?:после|под) рекламы', '(?:материал|статья|текст) продолжается (?:после|под) рекламы', 'партн[её]рский материал', 'на правах рекламы', 'спецпроект',
  '(?:artykuł|tekst|materiał) (?:jest )?kontynuowany (?:pod|poniżej) reklam[ąy]',
  'advertentie', 'lees verder (?:na|onder) de advertentie', '(?:het )?(?:artikel|bericht|verhaal) gaat (?:verder )?(?:onder|na) de advertentie(?: verder)?', 'gesponsord', 'gesponsorde (?:inhoud|content|artikelen?)', 'partnercontent',
  '記事の?続きは広告の(?:後|あと)で?',
  // "Sponsored by" with the sponsor's logo, not its name, after it.
  'sponsorisé par', 'patrocinado por', 'contenido ofrecido por', 'contenuto (?:offerto da|in collaborazione con)', 'oferecido por', 'gesponsert von', 'in samenwerking met',
  // Ad and sponsor labels in more languages ("Hirdetés", "Komerční sdělení", "Publicitate", "Annons", "Mainos", "Διαφήμιση", "Quảng cáo").
  'hirdetés', 'reklám', 'szponzorált(?: tartalom| cikk)?', 'támogatott tartalom', 'komerční sdělení', 'sponzorovan(?:ý|é|á) (?:článek|obsah|sdělení)', '(?:článek|článok|text) pokračuje pod reklamou', 'komerčný článok', 'sponzorovaný (?:obsah|článok)',
  'publicitate', 'reclamă', 'advertorial', 'con[țţ]inut sponsorizat', 'articolul continuă după (?:reclamă|publicitate)', 'платена публикация', 'спонсорирано съдържание', 'статията продължава (?:след|под) рекламата',
  'партнерський матеріал', 'спецпроєкт', '(?:новина|стаття|матеріал) продовжується після реклами', 'reklam', 'sponsorlu (?:içerik|haber)', 'haberin devamı reklamdan sonra',
  'annons', 'sponsrat(?: innehåll)?', 'artikeln fortsätter (?:efter|under) annonsen', 'annonce', 'sponsoreret(?: indhold)?', 'artiklen fortsætter (?:efter|under) annoncen', 'annonse', 'sponset(?: innhold)?', 'artikkelen fortsetter (?:etter|under) annonsen',
  'mainos', 'kaupallinen yhteistyö', 'sponsoroitu(?: sisältö)?', 'artikkeli jatkuu mainoksen (?:jälkeen|alla)', 'διαφήμιση', 'χορηγούμενο(?: περιεχόμενο| άρθρο)?', 'το άρθρο συνεχίζεται (?:μετά τη|κάτω από τη) διαφήμιση',
  'konten bersponsor', 'scroll (?:untuk|ke bawah untuk) (?:melanjutkan|lanjut)(?: membaca)?', 'scroll to continue with content', 'quảng cáo', 'nội dung tài trợ', 'محتوى (?:مدعوم|ممول|برعاية)',
);

/** A notice to readers who block ads, with what it asks after it ("We've noticed you're using an ad blocker. Please …"); not a sentence about one. */
const AD_BLOCKER = String.raw`(?:ad[- ]?block(?:er)?|ad block(?:er)?|adblock(?:er|a)?)`;
const ADBLOCK_NOTICE = alt(
  `(?:(?:it (?:looks|seems) like|we(?:['’]ve| have)? (?:noticed|detected)(?: that)?|looks like) )?you(?:['’]re| are) using an? ${AD_BLOCKER}`, `(?:please )?(?:disable|turn off|deactivate|pause|switch off) (?:your |the )?${AD_BLOCKER}`, `${AD_BLOCKER} detected`,
  `(?:wir haben (?:festgestellt|bemerkt|erkannt),? dass )?sie einen (?:${AD_BLOCKER}|werbeblocker) (?:verwenden|nutzen)`, `sie (?:verwenden|nutzen) einen (?:${AD_BLOCKER}|werbeblocker)`, `(?:bitte )?(?:deaktivieren sie|deaktiviere) (?:ihren|deinen) (?:${AD_BLOCKER}|werbeblocker)`, `(?:${AD_BLOCKER}|werbeblocker) erkannt`,
  `(?:nous avons détecté que )?vous utilisez (?:un )?(?:bloqueur de pub(?:licités?)?|${AD_BLOCKER})`, `(?:merci de |veuillez )?désactive[rz]? (?:votre )?(?:bloqueur de pub(?:licités?)?|${AD_BLOCKER})`, `(?:bloqueur de pub(?:licités?)?|${AD_BLOCKER}) détecté`,
  `(?:por favor,? )?desactiv(?:a|e) (?:tu|su|el) (?:bloqueador de (?:anuncios|publicidad)|${AD_BLOCKER})`, `(?:hemos detectado que |parece que )?(?:estás|está) usando (?:un )?(?:bloqueador de (?:anuncios|publicidad)|${AD_BLOCKER})`,
  `(?:por favor,? )?desativ(?:e|a) (?:o )?(?:seu )?(?:bloqueador de (?:anúncios|publicidade)|${AD_BLOCKER})`, `(?:detectamos que |parece que )?(?:você )?está (?:usando|a usar|utilizando) (?:um )?(?:bloqueador de (?:anúncios|publicidade)|${AD_BLOCKER})`,
  `(?:abbiamo (?:rilevato|notato) che )?stai (?:usando|utilizzando) (?:un )?(?:${AD_BLOCKER}|blocco (?:degli )?annunci)`, `(?:per favore,? )?disattiva (?:il tuo |l['’])(?:${AD_BLOCKER}|blocco (?:degli )?annunci)`,
  '(?:пожалуйста,? )?отключите (?:ваш |свой )?(?:блокировщик рекламы|adblock)', 'вы используете (?:блокировщик рекламы|adblock)', 'у вас (?:включ[её]н|установлен) (?:блокировщик рекламы|adblock)',
  `wyłącz (?:${AD_BLOCKER}|blokowanie reklam|blokadę reklam)`, `(?:używasz|korzystasz z) (?:${AD_BLOCKER}|blokady reklam|programu blokującego reklamy)`,
  `(?:je|u) gebruikt een ${AD_BLOCKER}`, `(?:schakel|zet) (?:je|uw) ${AD_BLOCKER} uit`,
);

/** A comment's own buttons, after its "Reply" (alone, "Quote" or "Cita" may be anything). */
const COMMENT_ACTIONS = alt('report(?: (?:post|comment|abuse))?', 'upvote', 'downvote', 'melden', 'quote', 'citar(?: (?:mensaje|comentario))?', 'zitieren', 'citer', 'cita', 'cytuj', 'цитировать', 'valorar', 'positivo negativo', 'like', 'dislike');
/** A sign-in prompt that comes with a comments box. */
const LOGIN = alt(
  '(?:log|sign) ?in or (?:register|sign ?up)', 'entra o regístrate', 'inicia sesión o regístrate', 'anmelden oder registrieren', 'connectez-vous ou inscrivez-vous',
  'accedi o registrati', 'entre ou cadastre-se', 'zaloguj się lub zarejestruj się', 'войдите или зарегистрируйтесь',
);
/** A comment form's link that cancels a reply, printed after its heading ("Leave a Reply Cancel reply", "Deixe uma resposta Cancelar resposta"). */
const CANCEL_REPLY = alt(
  'cancel reply', 'antworten abbrechen', 'antwort abbrechen', 'annuler (?:la )?réponse', 'cancelar (?:la )?respuesta', 'cancelar resposta', 'annulla risposta', 'отменить ответ', 'anuluj (?:pisanie )?odpowiedzi', 'anuluj odpowiedź', 'reactie annuleren', 'annuleer reactie',
);
/** The comment link at the end of a blog post's meta line ("Posted in News | Leave a comment", "| 3 Comments"). */
const WP_COMMENT_LINK = alt(
  'leave a (?:comment|reply)', 'comments? off', 'comments are closed', '(?:\\d+|one) (?:comments?|responses?|replies)', 'schreib(?:e)? einen kommentar', 'kommentar hinterlassen', '(?:\\d+|ein) kommentare?', 'kommentare deaktiviert',
  'laisser un commentaire', '(?:\\d+|un) commentaires?', 'deja un comentario', '(?:\\d+|un) comentarios?', 'deixe um comentário', '(?:\\d+|um) comentários?', 'lascia un commento', '(?:\\d+|un) comment[oi]',
  'оставить комментарий', '\\d+ комментари\\p{L}*', 'dodaj komentarz', '\\d+ komentarz\\p{L}*', 'geef een reactie', '(?:\\d+|één) reacties?', 'edit',
);
/** A comment thread's heading with the post's title in quotes (WordPress's "12 thoughts on “Title”"), in several languages. */
const THREAD_ON = String.raw`(?:\d+|one|ein|eine|une?|una?|uno|um|uma|один|одна|jeden|jedna|één) (?:thoughts?|comments?|responses?|repl(?:y|ies)|gedanken|kommentare?|antwort(?:en)?|réflexions?|commentaires?|réponses?|comentarios?|respuestas?|pensamientos?|comentários?|respostas?|pensamentos?|commenti|commento|pensieri|pensiero|risposte|risposta|комментари\p{L}*|мысл\p{L}*|ответ\p{L}*|komentarz\p{L}*|myśl\p{L}*|odpowied\p{L}*|gedachten?|reacties?|reactie) (?:on|to|zu|auf|sur|à|en|a|sobre|em|para|su|к|на|о|об|do|na temat|over|op)(?: записи)? [“"«„‘'‚‹].{1,160}[”"»“’'‘›]`;
const COMMENTS = alt(
  THREAD_ON,
  'comments?', '(?:(?:read|us|subscrib)ers?|readers\'|visitors?) comments?', 'add your comment', '\\d+ comments?', '[\\[(]\\s*\\d+ comments?\\s*[\\])]', 'top (?:rated )?comments', '(?:view|show|see|read) (?:all )?\\d* ?comments', 'rating: \\d+ votes?', '(?:comments?|kommentare|commentaires|comentarios|comentários|комментарии|komentarze|komentarzy|skomentuj|commenti|reacties)\\s*\\(\\d+\\)',
  '\\d+ (?:responses|replies) to .{1,160}', '(?:permalink )?\\d+ comments feed.{0,60}', 'no comments( yet)?', 'no comments yet .{1,60}', 'leave a (comment|reply)', 'post a comment', 'add a comment', 'show comments', 'view comments',
  'join the (conversation|discussion)', 'comments are closed\\.?', 'reply', 'share your thoughts', 'conversation',
  'comentarios?', '\\d+ comentarios?', 'deja un comentario', 'kommentare?', '\\d+ kommentare?', 'kommentieren', 'commentaires?', '\\d+ commentaires?',
  'laisser un commentaire', 'комментарии', 'комментарий', '\\d+ комментари(й|я|ев)', 'оставить комментарий', 'comentários?', '\\d+ comentários?',
  'deixe um comentário', 'commenti', 'komentar', 'تعليقات', 'التعليقات', 'أضف تعليق',
  'diskutieren sie mit', 'zum kommentieren bitte (?:anmelden|einloggen|registrieren).{0,80}', 'kommentar (?:abschicken|schreiben|senden)', 'antworten', 'hinterlasse einen kommentar', 'schreibe einen kommentar',
  'réagir(?: \\(\\d+\\))?', 'répondre', 'connectez-vous pour (?:commenter|réagir).{0,80}', 'ajouter un commentaire', 'deja (?:una respuesta|un comentario)', 'responder', 'publicar (?:el )?comentario', 'comenta esta noticia', 'ver comentarios(?: \\(\\d+\\))?', 'para comentar (?:debes|tienes que) (?:iniciar sesión|registrarte).{0,80}',
  // A count in brackets after the heading: "Comments (12)", "Wasze komentarze [2]".
  '(?:(?:your|readers[\'’]?|wasze|twoje) )?(?:comments|kommentare|commentaires|comentarios|comentários|commenti|komentarze|комментарии)\\s*[\\[(]\\d+[\\])]', 'wasze komentarze',
  'lascia un commento', 'rispondi', 'responder', 'komentarze', 'skomentuj', 'dodaj komentarz', 'odpowiedz', '\\d+ komentarz(?:e|y)?', '(?:pokaż|zobacz) (?:więcej|wszystkie) komentarze', '(?:pokaż|zobacz) więcej komentarzy', 'zaloguj się,? (?:aby|by) (?:skomentować|dodać komentarz)', '(?:aby|by) dodać komentarz,? zaloguj się', 'reacties', 'reageer', 'plaats een reactie',
  'deixe uma resposta', 'lascia una risposta', 'laat een reactie achter', 'geef een reactie', 'zostaw komentarz', 'comente!?',
  // A reader comment's buttons: quote, report, rate it.
  'reader discussion', 'commenter', 'report (?:abuse|this comment|comment)', 'report(?: this)? post', 'upvote', 'downvote', 'flag as (?:offensive|inappropriate)',
  'denunciar(?: (?:comentario|abuso))?', 'kommentar melden', 'signaler(?: un abus| ce commentaire)?', 'segnala(?: abuso| commento)?', 'zgłoś(?: nadużycie| komentarz)?', 'пожаловаться',
  '¿quieres comentar\\??', 'quieres comentar\\??', 'want to comment\\?', 'voulez-vous commenter\\s?\\?',
  'view the discussion thread\\.?', 'tell us what you think.{0,20}', 'javascript is required to (?:load|view) the comments\\.?', 'join the discussion\\.?', 'discuss this (?:article|story)',
  '(?:your|deine|ihre|votre|tu|su|o seu|seu|twój|je|il tuo) (?:e-?mail|email|e-mail-adresse|adresse (?:e-?mail|de messagerie)|dirección de correo(?: electrónico)?|endereço de e-?mail|adres e-?mail|e-?mailadres|indirizzo e-?mail).{0,40}(?:not be published|nicht veröffentlicht|ne sera pas publiée|no será publicada|não será publicado|nie zostanie opublikowany|niet gepubliceerd|non sarà pubblicato).{0,120}',
);
/** A reader comment's reply button, in the languages `comment-buttons` reads. */
const REPLY_BUTTON = String.raw`(?:reply|antworten|répondre|responder|rispondi|odpowiedz|ответить|beantwoorden|返信)`;
/**
 * The section's own controls in each language: show, hide or load its comments, write the first one, sign in to
 * write, cancel a reply, "no comments yet", "comments are closed". (Not "No comment" in the singular: an answer.)
 * Only at a line's start: repeated after each button they would triple the pattern for few lines.
 */
const COMMENT_CONTROLS = alt(
  // A link down to the thread: "Go to comments", "Ir a los comentarios".
  '(?:go|jump) to comments', 'ir a (?:los )?comentarios', 'zu den kommentaren',
  // A comment form's counter and prompt ("Submit your comment here: 0 of 1500 characters"), a count in Korean ("12개의 댓글이 있습니다"),
  // a link to the thread with its count in brackets ("Read comments (12)", "Kommentare lesen (3 Beiträge)").
  '(?:submit|post|leave|write|add) your (?:question or )?comments?(?: here)?:?(?: \\d+ of \\d+ characters)?', '\\d+ (?:of|/) \\d+ characters(?: left| remaining)?', '\\d*\\s?개의 댓글(?:이 있습니다)?\\.?',
  '(?:(?:read|view|show|see|lire|voir) (?:all |the |les )?(?:comments?|commentaires|comentarios|commenti)|kommentare (?:lesen|anzeigen))\\s*\\(\\d+(?: beitr(?:ag|äge))?\\)',
  '(?:view|show|see|read|hide|load|display)(?: all| more)? (?:\\d+ )?comments', 'be the first to (?:comment|reply|leave a comment)(?: on this (?:article|story|post))?[.!]?', 'cancel reply', '(?:post|submit|publish) (?:your )?comment', 'comment(?:ing)? (?:policy|guidelines|rules)',
  '(?:you must be|please) (?:logged in|log in|signed in|sign in|registered) to (?:post a |leave a |add a |write a )?(?:comment|reply)\\.?', '(?:log|sign) ?in to (?:comment|reply|post a comment|leave a comment|join the (?:conversation|discussion))\\.?',
  '(?:comments|commenting) (?:is|are|has been|have been) (?:closed|disabled|turned off|switched off)(?: (?:for|on) this (?:article|story|post|page))?\\.?',
  'jetzt kommentieren', '(?:alle |weitere |mehr )?kommentare (?:anzeigen|einblenden|ausblenden|laden|lesen)', '(?:schreiben sie|schreib) den ersten kommentar[.!]?', 'sei (?:der|die) erste,? (?:der|die) (?:kommentiert|einen kommentar schreibt)[.!]?', '(?:noch )?keine kommentare(?: vorhanden)?\\.?', '(?:leser|nutzer|user)kommentare', 'antwort abbrechen',
  '(?:die )?kommentarfunktion (?:ist |wurde )?(?:für diesen (?:artikel|beitrag) )?(?:deaktiviert|geschlossen|abgeschaltet)(?: worden)?\\.?', 'um (?:zu )?kommentieren(?: zu können)?,? (?:müssen sie|musst du) (?:angemeldet|eingeloggt|registriert) sein\\.?',
  '(?:voir|afficher|masquer|lire|charger) (?:les |tous les |plus de )?(?:\\d+ )?commentaires', 'soyez (?:le premier|la première) à (?:commenter|réagir)(?: (?:à|sur) cet article)?[.!]?', 'réagi(?:r|ssez) à cet article', 'réagissez', 'annuler (?:la )?réponse',
  'il n[\'’]y a pas encore de commentaires?\\.?', 'les commentaires sont (?:fermés|clos|désactivés)\\.?', 'vous devez être connecté(?:e)? pour (?:publier|poster|laisser|écrire) un commentaire\\.?', 'publier (?:le |mon |votre )?commentaire',
  'deja tu comentario', 'escribe (?:un|tu) comentario', '(?:ver|mostrar|ocultar|cargar) (?:los |todos los |más )?(?:\\d+ )?comentarios', 'sé (?:el|la) primer[oa] en comentar(?: (?:esta noticia|este artículo|esta nota))?[.!]?', '(?:aún|todavía) no hay comentarios\\.?', 'no hay comentarios(?: todavía)?\\.?',
  'los comentarios están cerrados\\.?', '(?:debes|tienes que) (?:iniciar sesión|estar registrado|registrarte) para (?:comentar|publicar un comentario)\\.?', 'inicia sesión para comentar', 'cancelar respuesta', '(?:enviar|publicar) (?:el |tu )?comentario', 'únete a la conversación',
  'scrivi (?:un|il tuo) commento', 'aggiungi un commento', '(?:mostra|vedi|nascondi|carica|leggi) (?:i |tutti i |altri )?(?:\\d+ )?commenti', 'sii il primo a commentare[.!]?', 'ancora nessun commento\\.?', 'i commenti sono chiusi\\.?', 'devi (?:essere (?:connesso|registrato|loggato)|accedere) per (?:inviare|pubblicare|scrivere|lasciare) un commento\\.?',
  'accedi per commentare', 'annulla risposta', '(?:invia|pubblica) (?:il )?commento', 'commenta', 'partecipa alla discussione',
  'deixe (?:seu|o seu|sua|a sua) (?:comentário|opinião)', 'escreva (?:um|seu|o seu) comentário', '(?:ver|mostrar|ocultar|carregar) (?:os |todos os |mais )?(?:\\d+ )?comentários', 'seja o primeiro a comentar[.!]?', 'ainda não há comentários\\.?', '(?:os )?comentários (?:estão )?(?:fechados|encerrados)\\.?',
  '(?:você )?precisa estar logad[oa] para comentar\\.?', 'faça login para comentar', 'cancelar resposta', '(?:publicar|enviar) (?:o |seu )?comentário', 'comentar',
  'оставьте комментарий', '(?:написать|добавить) комментарий', '(?:показать|скрыть|загрузить|читать)(?: все| ещё| еще)? комментарии', 'все комментарии', 'будьте первым,? кто (?:оставит|напишет) комментарий', 'комментариев (?:пока )?нет', 'нет комментариев', 'комментарии (?:закрыты|отключены)',
  'чтобы (?:оставить|написать|добавить) комментарий,? (?:войдите|авторизуйтесь|зарегистрируйтесь)\\.?', '(?:войдите|авторизуйтесь),? чтобы (?:оставить|написать|добавить) комментарий\\.?', 'ответить', 'отменить ответ', 'правила комментирования',
  'napisz komentarz', '(?:pokaż|zobacz|ukryj) (?:wszystkie )?komentarze', 'załaduj więcej komentarzy', 'bądź pierwszy,? (?:skomentuj|który skomentuje)[.!]?', 'dodaj pierwszy komentarz', 'brak komentarzy', 'nie ma jeszcze komentarzy\\.?', 'komentarze (?:są|zostały) wyłączone\\.?', 'anuluj odpowiedź', '(?:opublikuj|wyślij) komentarz', 'regulamin komentarzy',
  'reageren', 'schrijf een reactie', '(?:bekijk|toon|verberg|lees) (?:alle )?(?:\\d+ )?reacties', 'meer reacties laden', 'wees de eerste om te reageren[.!]?', 'nog geen reacties\\.?', 'geen reacties', 'reageren is niet (?:meer )?mogelijk\\.?', 'reacties zijn gesloten\\.?', 'log in om te reageren', 'annuleer reactie', '(?:plaats|verstuur) (?:je |uw )?reactie', 'reactie plaatsen',
  // (Not "コメント" alone: a press release heads a person's quote with it.)
  'コメント(?:する|を書く|を投稿する|を見る|一覧|を残す|をもっと見る)', 'すべてのコメントを見る', 'コメント[（(]\\d+件?[）)]', '\\d+件のコメント', 'コメント\\s?\\d+件', '最初のコメントを書(?:こう|く)', 'コメントはまだありません。?', 'この記事(?:へ|に)の?コメント(?:する)?', '違反報告', 'ログインしてコメント(?:する)?', '返信(?:する)?', 'コメント(?:の)?(?:投稿)?(?:ルール|ガイドライン)',
  // A comment form's own lines, as WordPress, Jetpack and Akismet print them: cancel the reply, remember the commenter, be told of replies, the spam filter's notice.
  CANCEL_REPLY,
  'save my name,? e-?mail,? and website in this browser for the next time i comment\\.?', 'meinen namen,? meine e-mail-adresse und meine website in diesem browser.{0,60}speichern\\.?',
  'enregistrer mon nom,? mon (?:adresse )?(?:e-?mail|courriel) et mon site(?: web)? dans (?:le|ce) navigateur.{0,60}commentaire\\.?', 'guarda(?:r)? mi nombre,? correo electrónico y web en este navegador.{0,60}comente\\.?',
  '(?:salvar meus dados|guardar (?:o )?meu nome,? e-?mail e site) neste navegador.{0,60}comentar\\.?', 'salva il mio nome,? e-?mail e sito web in questo browser.{0,60}commento\\.?',
  'сохранить (?:моё|мое) имя,? (?:email|e-mail) и адрес сайта в этом браузере.{0,60}комментари\\p{L}*\\.?', 'zapamiętaj moje dane w tej przeglądarce.{0,60}komentarzy\\.?', 'mijn naam,? e-?mail en (?:web)?site opslaan in deze browser.{0,80}reactie plaats\\.?',
  'notify me of (?:new |all new )?follow-?up comments (?:by|via) e-?mail\\.?', 'benachrichtige mich über nachfolgende kommentare (?:via|per) e-?mail\\.?', 'prévenez-moi de tous les nouveaux commentaires par (?:e-?mail|courriel)\\.?',
  'notificarme (?:los )?nuevos comentarios por (?:correo(?: electrónico)?|e-?mail)\\.?', 'recibir un correo electrónico con los siguientes comentarios a esta entrada\\.?', 'notifique-me (?:sobre|de) (?:novos )?comentários(?: seguintes)? por e-?mail\\.?',
  'notificami (?:di )?nuovi commenti (?:via|per) e-?mail\\.?', 'уведом(?:лять|ить) меня о (?:новых )?комментариях (?:(?:по|через) (?:email|e-mail|почте|электронной почте)|почтой)\\.?', 'powiadom mnie o (?:kolejnych|nowych) komentarzach (?:poprzez|przez|za pomocą) e-?mail\\p{L}*\\.?',
  'stuur (?:mij|me) een e-?mail (?:als er|bij) (?:nieuwe )?(?:vervolg)?reacties(?: zijn)?\\.?',
  '(?:this site uses|diese website (?:verwendet|nutzt)|ce site utilise|este sitio (?:usa|utiliza)|este site (?:usa|utiliza)(?: o)?|questo sito (?:usa|utilizza)|этот сайт использует|ta strona (?:używa|korzysta z)|deze site gebruikt) akismet\\b.{0,200}',
  'comments powered by disqus\\.?',
  // The thread's sort control ("Sort by Newest", "Sortieren nach: Neueste", "Trier par : plus récents", "Ordenar por: más recientes"): with its verb, as "Newest first" alone also tops a live blog.
  'sort(?:ed)? by\\s?:?\\s?(?:newest|oldest|best|top|latest|popular|most (?:recent|popular|liked|replied|voted))(?: first)?', 'sortieren nach\\s?:?\\s?(?:neueste|älteste|beliebteste|beste)n?(?: zuerst)?',
  'trier par\\s?:?\\s?(?:les )?(?:plus (?:récents|anciens|populaires|appréciés)|meilleurs)', 'ordenar por\\s?:?\\s?(?:(?:los )?más (?:recientes|antiguos|populares|valorados|votados)|(?:os )?mais (?:recentes|antigos|populares|votados|curtidos)|mejores|melhores)',
  'ordina per\\s?:?\\s?(?:i )?(?:più (?:recenti|vecchi|votati|popolari)|migliori)', 'сортир(?:овать|овка)(?: по)?\\s?:?\\s?(?:сначала )?(?:новые|старые|популярные|лучшие|новизне|дате|популярности|рейтингу)',
  'sortuj(?: według| wg\\.?)?\\s?:?\\s?(?:od )?(?:najnowsz|najstarsz|najpopularniejsz|najlepsz)(?:e|ych)', 'sorte(?:er|ren) op\\s?:?\\s?(?:nieuwste|oudste|populairste|beste)(?: eerst)?',
  // The rules of the section, linked under it, and a comment's report button.
  'charte de modération', 'normas de participación', 'regole (?:della community|dei commenti)', 'termos (?:e condições |de uso )?dos comentários', 'meld misbruik',
  // Heads and counts in more languages, here (at a line's start only) to keep the pattern small. Not Vietnamese "Bình luận" alone: also an opinion section's name.
  '(?:hozzászólások|komentáře|komentáre|diskus[ez]|diskusia|comentarii|коментари|коментарі|yorumlar|kommentarer|kommentit|σχόλια|komentar|bình luận|تعليقات|التعليقات|评论|댓글)\\s*[(（]\\d+[)）]',
  'hozzászólások', '\\d+ hozzászólás', 'kommentek', '\\d+ komment', 'komentáře', '\\d+ komentář(?:e|ů)?', 'komentáre', '\\d+ komentár(?:e|ov)?', 'comentarii', '\\d+ comentarii', 'коментари', '\\d+ коментар(?:а|и)',
  'коментарі', '\\d+ коментар(?:і|ів)', 'yorumlar', '\\d+ yorum', 'kommentarer', '\\d+ kommentarer?', 'kommentit', '\\d+ kommentti(?:a)?', 'σχόλια', '\\d+ σχόλια', '\\d+ komentar', '\\d+ bình luận', '\\d+ تعليق(?:ات|ا)?', '댓글', '\\d+개의 댓글',
  // The same in more languages. (Not the bare answers "Svar", "Válasz", "Vastaa", "Răspunde", "Trả lời", "رد", "回复": a Q&A piece labels its answers so.)
  'hozzászólás(?:ok)? (?:írása|megjelenítése|betöltése|elrejtése)', 'szóljon hozzá!?', 'még nincs(?:enek)? hozzászólás(?:ok)?\\.?', 'legyen (?:ön )?az első,? aki hozzászól[.!]?', 'a hozzászóláshoz be kell jelentkez(?:nie|ned)\\.?', 'válasz megszakítása', 'hozzászólási szabályok',
  'přidat komentář', 'napište komentář', 'zobrazit (?:všechny )?komentáře', 'zobrazit diskus[ie]', 'vstoupit do diskuse', 'buďte první,? kdo (?:přidá komentář|okomentuje)[.!]?', 'zatím (?:zde )?(?:nejsou )?žádné komentáře\\.?', 'diskus[ez] (?:k (?:článku|tématu) )?(?:je )?uzavřen[aá]\\.?',
  'pro přidání komentáře se musíte přihlásit\\.?', 'odpovědět', 'zrušit odpověď', 'pravidla diskus[ez]', 'diskus[ez] k článku',
  'pridať komentár', 'napíšte komentár', 'zobraziť (?:všetky )?komentáre', 'zobraziť diskusiu', 'vstúpiť do diskusie', 'buďte prvý,? kto (?:pridá komentár|okomentuje)[.!]?', 'zatiaľ žiadne komentáre\\.?', 'diskusia (?:k článku )?(?:je )?uzavretá\\.?',
  'pre pridanie komentára sa musíte prihlásiť\\.?', 'odpovedať', 'zrušiť odpoveď', 'pravidlá diskusie', 'diskusia k článku',
  'lasă un comentariu', '(?:adaugă|scrie) un comentariu', 'fii primul care comentează[.!]?', 'nu există comentarii\\.?', 'comentariile sunt închise\\.?', 'trebuie să fii (?:autentificat|conectat) pentru a (?:publica|posta|scrie) un comentariu\\.?', 'anulează răspunsul', 'adresa (?:ta|dvs\\.?) de e-?mail nu va fi publicată.{0,120}',
  '(?:добави|напиши|остави) коментар', 'коментирай', 'бъдете първ(?:ият|ата),? (?:коментирал|който ще коментира)[.!]?', '(?:все още )?няма коментари\\.?', 'коментарите са (?:затворени|изключени)\\.?', 'трябва да сте влезли,? за да (?:коментирате|публикувате коментар)\\.?', 'откажи отговора', 'правила за коментиране',
  '(?:додати|залишити|написати) коментар', '(?:показати|приховати|завантажити)(?: всі| ще)? коментарі', 'коментарів (?:поки|ще) (?:немає|нема)', 'будьте першим,? хто (?:залишить|напише) коментар', 'коментарі (?:закрито|закриті|вимкнено)\\.?', 'щоб (?:залишити|написати|додати) коментар,? (?:увійдіть|авторизуйтеся|зареєструйтеся)\\.?', 'відповісти', 'скасувати відповідь', 'правила коментування',
  'yorum (?:yap|yaz)(?:ın)?', '(?:tüm )?yorumları (?:gör|göster)', '[iİ]lk yorumu (?:siz )?(?:yapın|yazın)[.!]?', 'henüz (?:hiç )?yorum (?:yapılmamış|yok)\\.?', 'yorum yapabilmek için giriş yapmalısınız\\.?', 'yanıtla', 'cevapla', 'yanıtı iptal et', 'yorum kuralları', 'e-posta (?:adresiniz|hesabınız) yay[ıi][mn]lanmayacak.{0,120}',
  'kommentera', 'kommentér', 'kommenter', 'kommentoi', 'skriv en kommentar', 'lämna en kommentar', '(?:visa|vis) (?:alla |alle )?kommentarer(?:na|ne)?', 'var först med att kommentera[.!]?', 'vær den første til at kommentere[.!]?', 'bli den første til å kommentere[.!]?', 'inga kommentarer(?: ännu)?\\.?', 'ingen kommentarer(?: endnu| ennå)?\\.?',
  'kommentarsfältet är stängt\\.?', 'kommentarfeltet er (?:lukket|stengt)\\.?', 'du (?:måste vara inloggad för att|skal være logget ind for at|må være logget inn for å) kommenter(?:a|e)\\.?', 'svara', 'avbryt svar', 'annuller svar', 'debatregler',
  'kirjoita kommentti', 'jätä kommentti', 'näytä kommentit', 'kommentoi ensimmäisenä[.!]?', 'ei (?:vielä )?kommentteja\\.?', 'kommentointi on suljettu\\.?', '(?:sinun täytyy|sinun pitää) kirjautua sisään kommentoidaksesi\\.?', 'peruuta vastaus',
  '(?:γράψτε|αφήστε|προσθέστε) (?:ένα |το )?σχόλιο(?: σας)?', 'προσθήκη σχολίου', 'δεν υπάρχουν σχόλια\\.?', 'γίνετε ο πρώτος που θα σχολιάσει[.!]?', 'τα σχόλια (?:είναι κλειστά|έχουν κλείσει)\\.?', 'πρέπει να συνδεθείτε για να σχολιάσετε\\.?', 'ακύρωση απάντησης',
  '(?:tulis|tinggalkan|kirim) (?:komentar|balasan)', 'jadilah (?:yang )?pertama (?:yang )?(?:berkomentar|mengomentari)[.!]?', 'belum ada komentar\\.?', 'komentar ditutup\\.?', 'anda harus (?:masuk|login) untuk (?:mengirim|memberikan|menulis|mempublikasikan) (?:komentar|balasan)\\.?', 'balas', 'batalkan balasan', 'alamat email anda tidak akan (?:dipublikasikan|ditampilkan).{0,120}',
  '(?:viết|gửi) bình luận', 'ý kiến bạn đọc', 'hãy là người đầu tiên bình luận[.!]?', 'chưa có bình luận(?: nào)?\\.?', 'bạn (?:cần|phải) đăng nhập để bình luận\\.?', 'hủy trả lời',
  'أضف تعليقك', 'اترك تعليق(?:ا|اً|ًا)?', 'لا توجد تعليقات', 'كن أول من يعلق', 'التعليقات مغلقة\\.?', 'يجب (?:عليك )?تسجيل الدخول (?:لكتابة|لإضافة|لنشر) تعليق\\.?', 'إلغاء الرد',
  '(?:发表|网友|全部|查看全部|查看更多)评论', '暂无评论', '我要评论', '\\d+条评论', '登录后(?:发表)?评论', '댓글\\s?쓰기', '댓글을 입력하세요\\.?', '첫 (?:번째 )?댓글을 남겨(?:주세요|보세요)\\.?', '댓글이 없습니다\\.?', '로그인 후 댓글을 (?:작성할|남길) 수 있습니다\\.?', '답글(?:\\s?쓰기)?',
);

// Footer links of a site's legal and service pages, in several languages.
const LEGAL_LINKS = alt(
  'impressum', 'datenschutz(?:erklärung|hinweise)?', 'agb', 'nutzungsbedingungen', 'barrierefreiheit', 'erklärung zur barrierefreiheit', 'mentions légales', 'politique de confidentialité', 'conditions générales(?: d\'utilisation| de vente)?', 'cgu', 'cgv', 'données personnelles', 'accessibilité(?: ?: .{1,40})?', 'plan du site', 'nous contacter',
  'aviso legal', 'política de (?:privacidad|cookies|privacidade)', 'protección de datos', 'accesibilidad', 'mapa (?:web|del sitio)', 'condiciones de uso', 'note legali', 'informativa (?:sulla )?privacy', 'termos de uso', 'polityka prywatności', 'regulamin', 'privacyverklaring', 'algemene voorwaarden',
  'sitemap', 'accessibility(?: statement)?', 'imprint', 'legal notice',
  'impresszum', 'adatvédelmi (?:tájékoztató|nyilatkozat)', 'adatvédelem', 'kapcsolat', 'felhasználási feltételek', 'ochrana osobních údajů', 'tiráž', 'kontakty', 'podmínky užívání', 'ochrana osobných údajov', 'podmienky používania',
  'politica de confiden[țţ]ialitate', 'termeni [șş]i condi[țţ]ii', 'politica (?:de )?cookie(?:s|-uri)?', 'политика за поверителност', 'общи условия', 'контакти', 'політика конфіденційності', 'умови використання',
  'gizlilik (?:politikası|sözleşmesi)', 'künye', '[iİ]letişim', 'kullanım koşulları', 'çerez politikası', 'integritetspolicy', 'kontakta oss', 'privatlivspolitik', 'kontakt os', 'personvernerklæring', 'kontakt oss', 'tietosuojaseloste', 'ota yhteyttä',
  'πολιτική απορρήτου', 'όροι χρήσης', 'επικοινωνία', 'kebijakan privasi', 'pedoman media siber', 'redaksi', 'kontak(?: kami)?', 'tentang kami', 'chính sách bảo mật', 'liên hệ', 'điều khoản sử dụng', 'سياسة الخصوصية', 'اتصل بنا', 'من نحن', '联系我们', '隐私政策', '关于我们', '개인정보처리방침', '이용약관', 'プライバシーポリシー', '個人情報(?:保護方針|の取り扱い|の取扱い)', '利用規約', 'サイトマップ', '会社概要', '運営会社', 'サイトポリシー', '免責事項',
  'agb', 'kontakt', 'cookie-einstellungen', 'cookie settings', 'cookie policy', 'privacy policy', 'terms of (?:use|service)', 'gestion des cookies', 'contact', 'contacto', 'kontakt', 'contatti', 'contato',
);

// An agency's credits under a story: "(Reporting by …; Editing by …)".
// A story's closing credit to the wires, correspondents or colleagues whose material it used: "(With inputs from PTI)", "Con información de EFE",
// "Com informações da Agência Brasil", "Mit Material von dpa", "Con la collaborazione di …", "При участии …". What follows the opening words
// is names (capitalised), agencies, or the few lower-case words such credits use; a sentence's verbs are none of these.
const CREDIT_WORDS = [
  'de', 'del', 'da', 'do', 'das', 'dos', 'di', 'della', 'delle', "dell['’]", "d['’]", 'du', 'des', 'la', 'el', 'los', 'las', 'le', 'les', "l['’]", 'lo', 'il', 'o', 'a', 'os', 'as', 'the', 'of', 'and', 'y', 'e', 'et', 'und', 'en', 'in', 'em', 'no', 'na', 'von', 'der', 'die', 'den', 'from', 'и', 'из', 'в',
  'staff', 'our', 'nos', 'nuestros', 'nossos', 'nostri', 'unserer', 'unseren', 'local', 'locales', 'internacionales', 'internacionais', 'internationales', 'news', 'wire', 'wires', 'services',
  'correspondents?', 'corresponsal(?:es)?', 'correspondentes?', 'correspondant(?:e|s|es)?', 'corrispondent[ei]', 'korrespondent(?:en|in|innen)?', 'корреспондент\\p{L}{0,4}', 'reporters?', 'reporteros', 'repórteres', 'journalistes', 'journalist(?:en|innen)', 'giornalisti', 'periodistas', 'jornalistas',
  'redacción', 'redação', 'redacção', 'rédaction', 'redaktion', 'redazione', 'редакции', 'medios', 'agenc(?:y|ies|ia|ias|e|es)', 'agência', 'agências', 'agenzi[ae]', 'agentur(?:en)?', 'nachrichtenagentur(?:en)?', 'агентств\\p{L}{0,2}', 'информагентств\\p{L}{0,2}',
].join('|');
const AGENCIES = ci([
  'afp', 'ap', 'reuters', 'dpa', 'efe', 'ansa', 'lusa', 'belga', 'ats', 'keystone-ats', 'apa', 'epd', 'kna', 'sid', 'anp', 'pap', 'tass', 'xinhua', 'kyodo', 'yonhap', 'pti', 'ani', 'ians', 'upi', 'bloomberg', 'europa press', 'agence france-presse', 'associated press',
  'agência brasil', 'agência estado', 'estadão conteúdo', 'folhapress', 'adnkronos', 'agi', 'askanews', 'lapresse', 'interfax', 'ria novosti', 'интерфакс', 'тасс', 'риа новости', 'агентств', 'agencias', 'agencies', 'agences', 'agências', 'agenturen', 'agenzie', 'agency inputs', 'agency', 'agencja', 'agenturmaterial',
].join('|'));
const CREDIT_TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{N}.'’&\-]*|\p{L}{0,12}\p{N}[\p{L}\p{N}]*|(?:${CREDIT_WORDS})|(?:${AGENCIES}))`;
const CREDIT_TAIL = String.raw`${CREDIT_TOKEN}(?:(?:\s*[,/&]\s*|\s+)${CREDIT_TOKEN}){0,12}`;
const CREDIT_LEADS = ci([
  'with inputs from', 'with input from', 'inputs from', 'with additional inputs from', 'con información de', 'con información del', 'con informaciones de', 'con reportes de', 'con información adicional de',
  'com informações de', 'com informações da', 'com informações do', 'com informações das', 'com informações dos', 'com informação de', 'com informação da', 'com informação do',
  'mit material von', 'mit material der', 'mit material des', 'mit material aus', 'mit informationen von', 'mit informationen der', 'con la collaborazione di', 'con la collaborazione del', 'con la collaborazione della', 'hanno collaborato', 'ha collaborato',
  'avec la collaboration de', "avec la collaboration d'", 'при участии', 'по материалам', 'с использованием материалов', 'met medewerking van', 'współpraca',
].join('|'));
const AGENCY_LIST = String.raw`(?:${AGENCIES})(?:\s*(?:,|&|\s(?:${ci('et|und|e|y|and|i|en|и')})\s)\s*(?:${AGENCIES})){0,5}`;

const CREDITS = ['additional reporting by', 'reporting by', 'writing by', 'editing by', 'edited by', 'compiled by', 'reportaje de', 'información de', 'edición de', 'redacción de', 'berichterstattung von', 'redigiert von', 'reportage de', 'rédigé par', 'édité par', 'reportagem de', 'edição de'].map(ci).join('|');

// The answer buttons after a feedback question.
const YES_NO = String.raw`(?:\s*(?:yes|no|ja|nein|oui|non|sí|si|sim|não|да|нет|tak|nie)){0,2}`;

const ABOUT = ci('about|sobre|über|à propos de|acerca de|o autorze|over|informazioni su');
/** A person's name in an author box: capitalised words, with the particles names carry ("de", "van", "von"). */
/** The small words inside a person's name ("Ana de Souza", "Ludwig van Beek"). */
const PARTICLE = '(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le)';
/** A line that is one phrase of 15 characters or more, two or three times over with a space between. */
function repeatedPhrase(t: string): boolean {
  for (const k of [2, 3]) {
    const len = (t.length - (k - 1)) / k;
    if (!Number.isInteger(len) || len < 15) continue;
    const x = t.slice(0, len);
    if (t === (k === 2 ? `${x} ${x}` : `${x} ${x} ${x}`)) return true;
  }
  return false;
}

/** A menu's item in a breadcrumb or a footer's row: a few words, perhaps a question ("About us?"). */
const NAV_ITEM = String.raw`[\p{L}](?:[\p{L}&'’ -]{0,24}[\p{L}])?[?؟]?`;
const PERSON = String.raw`\p{Lu}[\p{L}'’.\-]+(?:\s+(?:${PARTICLE}\s+)?\p{Lu}[\p{L}'’.\-]+){0,3}`;
/** A company's name in a press release's "About <Company>" heading. */
const COMPANY = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.&\-]*(?:,?\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}'’.&\-]*|(?:de|do|da|del|des|du|di|of|the|and|für|und|y|e|et|la|le)(?=\s))){0,5}`;
// An author box's links to the author's other pieces: "More by <Name>", "Mehr Artikel von <Name>", "Tous les articles de <Name>".
const AUTHOR_MORE = ci([
  'more by', 'more stories by', 'more articles by', 'more posts by', 'more columns by', 'more reviews by', 'other articles by', 'other stories by', 'other posts by', 'all articles by', 'all stories by', 'all posts by', 'view all posts by', 'view all articles by', 'view all stories by', 'see all stories by', 'see all articles by', 'see all posts by', 'read more by', 'posts by', 'articles by', 'stories by', 'latest articles by', 'latest stories by', 'recent posts by', 'recent articles by',
  'mehr artikel von', 'mehr beiträge von', 'mehr texte von', 'mehr kolumnen von', 'mehr von', 'alle artikel von', 'alle beiträge von', 'alle texte von', 'alle kolumnen von', 'weitere artikel von', 'weitere beiträge von', 'weitere texte von', 'artikel von', 'beiträge von',
  'más artículos de', 'más columnas de', 'más textos de', 'más notas de', 'más entradas de', 'más publicaciones de', 'más opiniones de', 'otros artículos de', 'otras columnas de', 'otros textos de', 'todos los artículos de', 'todas las columnas de', 'todas las notas de', 'todos los textos de', 'ver todos los artículos de', 'artículos de', 'columnas de',
  'mais artigos de', 'mais artigos do', 'mais artigos da', 'mais textos de', 'mais colunas de', 'mais matérias de', 'mais posts de', 'outros artigos de', 'outros textos de', 'outras colunas de', 'todos os artigos de', 'todos os textos de', 'todas as colunas de', 'veja todos os artigos de', 'ver todos os artigos de', 'artigos de', 'colunas de',
  'tous les articles de', 'plus d\'articles de', 'les derniers articles de', 'les articles de', 'autres articles de', 'd\'autres articles de', 'voir tous les articles de', 'lire tous les articles de', 'toutes les chroniques de', 'les chroniques de', 'les billets de', 'tous les billets de',
  'altri articoli di', 'tutti gli articoli di', 'leggi tutti gli articoli di', 'gli ultimi articoli di', 'articoli di', 'altri post di', 'tutti i post di', 'altri editoriali di',
  'все материалы', 'все статьи', 'все колонки', 'все публикации', 'другие материалы', 'другие статьи', 'другие колонки', 'другие публикации', 'ещё материалы', 'еще материалы',
  'meer artikelen van', 'alle artikelen van', 'więcej od', 'artykuły autora', 'wszystkie artykuły autora', 'inne artykuły autora',
].join('|'));
const AUTHOR_ELIDED = ci(['tous les articles d\'', 'tous les articles d’', 'plus d\'articles d\'', 'les derniers articles d\'', 'les articles d\'', 'autres articles d\'', 'toutes les chroniques d\'', 'altri articoli d\'', 'tutti gli articoli d\''].join('|'));
// …and those that name no one, and the follow buttons. (A blog's "About me" is left alone: it is a menu item as often as a box's head.)
const AUTHOR_LINKS = ci([
  'more from this author', 'more by this author', 'more from the author', 'more by the author', 'other posts by this author', 'other articles by this author', 'more articles by this author', 'more stories by this author', 'all articles by this author', 'follow this author', 'follow the author', 'follow author', 'about the writer', 'about the columnist', 'about the contributor', 'about the reporter', 'about the authors',
  'weitere artikel des autors', 'weitere artikel der autorin', 'weitere beiträge des autors', 'weitere beiträge der autorin', 'mehr vom autor', 'mehr von der autorin', 'mehr vom gleichen autor', 'alle artikel des autors', 'alle artikel der autorin', 'mehr zum autor', 'mehr zur autorin', 'autor folgen', 'autorin folgen', 'dem autor folgen', 'der autorin folgen', 'über die autorin', 'über den autor',
  'más artículos del autor', 'más artículos de la autora', 'más de este autor', 'más de esta autora', 'otros artículos del autor', 'otros artículos de la autora', 'seguir al autor', 'seguir a la autora', 'sobre el autor', 'sobre la autora',
  'mais artigos deste autor', 'mais artigos desta autora', 'mais do autor', 'mais da autora', 'outros artigos do autor', 'outros artigos da autora', 'seguir autor', 'seguir autora', 'seguir o autor', 'seguir a autora', 'siga o autor', 'siga a autora',
  'du même auteur', 'de la même autrice', 'de la même auteure', 'suivre cet auteur', 'suivre cette autrice', 'suivre cette auteure', 'suivre l\'auteur', 'suivre l\'autrice', 'suivre l’auteur', 'suivre l’autrice',
  'dello stesso autore', 'della stessa autrice', 'segui l\'autore', 'segui l\'autrice', 'segui l’autore', 'altri articoli dell\'autore', 'altri articoli dell’autore', 'tutti gli articoli dell\'autore', 'tutti gli articoli dell’autore', 'sull\'autore', 'l\'autore',
  'другие колонки автора', 'другие материалы автора', 'другие статьи автора', 'другие публикации автора', 'все материалы автора', 'все статьи автора', 'все публикации автора', 'все колонки автора', 'ещё материалы автора', 'еще материалы автора', 'материалы автора', 'подписаться на автора', 'об авторе', 'об авторах', 'обо мне',
  'o autorze', 'o autorce', 'obserwuj autora', 'obserwuj autorkę', 'więcej od autora', 'więcej od autorki', 'meer van deze auteur', 'volg deze auteur', 'volg de auteur', 'over de auteur',
  '(?:著者|記者|筆者|執筆者)(?:の)?プロフィール', 'この記事の(?:筆者|著者|執筆者|ライター)', 'この(?:著者|記者|筆者)の(?:記事|最新記事|他の記事)',
].join('|'));
// A press release's contact headings: "Media contact", "Pressekontakt", "Contact presse", "Ufficio stampa".
const MEDIA_CONTACT = ci([
  'media contacts?', 'press contacts?', 'media (?:inquiries|enquiries|relations contacts?)', 'press (?:inquiries|enquiries)', 'investor contacts?', 'investor relations contacts?', 'media and investor contacts?', 'investor and media contacts?', 'for media inquiries', 'media contact information', 'contacts? for (?:media|the press|journalists)',
  'contactos? para (?:a )?imprensa', 'contactos? de imprensa', 'contatos? para (?:a )?imprensa', 'contatos? de imprensa', 'contatos? com a imprensa', 'assessoria de imprensa', 'informações para a imprensa', 'informações à imprensa', 'informações para jornalistas',
  'contactos? (?:de|para) (?:prensa|medios)', 'contacto con (?:los )?medios', 'contacto para (?:los )?medios de comunicación', 'contactos? de comunicación', 'contacts? (?:presse|médias|médias et investisseurs)', 'relations? (?:presse|médias)', 'contact relations presse',
  'pressekontakte?', 'medienkontakte?', 'kontakt für (?:medien|presse|journalisten|medienvertreter)', 'pressekontakt und weitere informationen', 'ufficio stampa', 'contatti? (?:stampa|per la stampa|media)', 'relazioni con i media', 'per informazioni alla stampa',
  'контакты для (?:прессы|сми)', 'контакт для (?:прессы|сми)', 'контакты пресс-службы', 'kontakt dla (?:mediów|prasy)', 'perscontact', 'contact voor de pers', 'contactpersoon voor de pers',
].join('|'));
const ABOUT_COMPANY = ci(['sobre a', 'sobre o', 'sobre as', 'sobre os', 'sobre el', 'sobre la', 'sobre los', 'sobre las', 'acerca de', 'acerca del', 'acerca de la', 'informazioni su', 'informazioni sul', 'informazioni sulla', 'informazioni sull’', 'a proposito di', 'à propos de', 'a propos de', 'à propos du', 'à propos de la', 'o firmie', 'о компании', 'about the', 'über die', 'über das', 'über den'].join('|'));
const ABOUT_ELIDED = ci(['à propos d\'', 'à propos d’', 'a propos d\'', 'informazioni sull\''].join('|'));

// An article read aloud: the player's label, and its length after it.
const LISTEN = alt(
  'listen', 'listen to (?:this |the )?(?:article|story)', 'hear this (?:article|story)',
  'ouvir', 'ouça', '(?:ouvir|ouça|escute) (?:est[ea] |ess[ea] |[oa] )?(?:notícia|matéria|reportagem|artigo|texto|conteúdo)',
  'escuchar', '(?:escuchar|escucha|escuche) (?:est[ea] |la |el )?(?:noticia|nota|artículo)', 'écouter', "(?:écouter|écoutez) (?:cet |l['’])article",
  'ascolta', "ascolta(?:re)? (?:questo |l['’])articolo", 'ascolta(?:re)? (?:questa |la )notizia', '(?:diesen )?(?:artikel|beitrag|text) (?:anhören|vorlesen(?: lassen)?)',
  'слушать', '(?:слушать|прослушать|послушать) (?:статью|новость|материал|текст)', '(?:luister naar|beluister) (?:dit|het) artikel', 'この記事を(?:音声で)?聞く', '音声で聞く',
);
const DURATION = String.raw`(?:\s*[(（·•|:–-]?\s*\d{1,3}\s*(?:min\.?|mins?|minutes?|minuten|minutos|minuti|minut[y]?|минут[аы]?|мин\.?|分)\s*[)）]?)?`;

// A subscription offer's price and term ("$1", "9,99 €", "599 ₽"; "4 weeks", "месяц", "mês").
const PRICE = String.raw`(?:(?:r\$|us\$|[$€£₽])\s?\d{1,4}(?:[.,]\d{1,2})?|(?:rs\.?|inr|₹)\s?\d{1,3}(?:,?\d{3})?|\d{1,4}(?:[.,]\d{1,2})?\s?(?:[$€£₽]|руб\.?|eur\b|euro\b))`;
const PERIOD = String.raw`(?:(?:\d{1,2}|one|two|three|four|six|twelve) )?(?:weeks?|months?|mo|years?|yr|monate?|wochen?|jahre?|mês|meses|mes|semanas?|anos?|mois|semaines?|mese|mesi|settimane?|месяц(?:а|ев)?|мес\.?|недел[иьюя]|года?)\b`;

// The roles a bio names, after the name ("… is a reporter") or before it ("Journaliste à L'Écho depuis 2015, …").
const ROLE = '(?:reporter|writer|journalist|editor|correspondent|columnist|contributor|producer|freelancer|photographer|Redakteurin|Redakteur|Journalistin|Journalist|Korrespondentin|Korrespondent|Autorin|Autor|journaliste|rédactrice|rédacteur|correspondante|correspondant|periodista|redactora|redactor|corresponsal|jornalista|repórter|redatora|redator|correspondente|giornalista|redattrice|redattore|corrispondente)';
const ROLE_FIRST = ci([
  'journaliste', 'rédacteur', 'rédactrice', 'reporter', 'reporteur', 'reportrice', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse', 'éditorialiste', 'periodista', 'redactor', 'redactora', 'corresponsal', 'reportero', 'reportera', 'columnista', 'cronista',
  'jornalista', 'repórter', 'redator', 'redatora', 'correspondente', 'colunista', 'setorista', 'giornalista', 'redattore', 'redattrice', 'corrispondente', 'inviato', 'inviata', 'editorialista', 'journalist', 'journalistin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin',
  'reporterin', 'kolumnist', 'kolumnistin', 'staff writer', 'correspondent', 'columnist', 'журналист', 'корреспондент', 'обозреватель', 'колумнист',
].join('|'));
// What a bio says its subject does on the beat: follows, covers, writes about.
const BEAT_VERBS = [
  'suit', 'couvre', 'écrit', 'traite', "s['’]intéresse", "s['’]occupe", 'chronique', 'est spécialisée?', 'cubre', 'sigue', 'escribe', 'se ocupa', 'informa sobre', 'está especializad[oa]', 'cobre', 'acompanha', 'acompanhou', 'escreve', 'é especializad[oa]',
  'segue', 'copre', 'scrive', 'si occupa', 'racconta', 'verfolgt', 'schreibt', 'berichtet', 'betreut', 'covers', 'writes', 'reports', 'has covered', 'пишет', 'освещает', 'следит',
].join('|');
const NETWORKS = ci('x|twitter|twitter/x|x/twitter|instagram|bluesky|threads|mastodon|linkedin|facebook|tiktok|youtube|telegram|substack');
// "Do you have a story …?", "Have a news tip or a photo of the flooding?": a call for tips, and how to send them.
const TIP_QUESTION = String.raw`(?:${ci('do you have|have you got|have|got|you have')}) (?:(?:${ci('a|an|any')}) )?(?:${ci('news ')})?(?:${ci('tips?|story|story idea|news story|photos?|videos?|pictures|information|something to say|something to share|scoop')})(?: (?:${ci('or|and')}) (?:(?:${ci('a|an|any')}) )?[^?]{1,60})?`;
const TIP_REPLY = 'Email|E-mail|Send|Contact|Call|Text|Message|WhatsApp|Whatsapp|Upload|Submit|Get in touch|Let us know|Write|Reach|Tell us|Share|Drop us|Ring|DM|Tip us|You can|Our newsroom|We want';
/** What readers are asked to send ("Questions? Comments? Email us at …"). */
const QUESTIONS = 'questions|comments|feedback|suggestions|corrections';
/** A call to subscribe that ends a line about the news ("… on your e-mail. Subscribe to …"). */
const SUBSCRIBE_CALL = 'subscribe to|sign up for|подпишитесь на|abonnez-vous à|abonnieren sie|suscríbete a|suscríbase a|assine|iscriviti a';
// A pager's words: the page, and its links to the next and previous pages.
const PAGE_WORD = 'page|seite|página|pagina|strona|страница|stránka|sayfa|sivu|sida|side';
const PAGER_LINK = [
  'next(?: page)?', 'prev(?:ious)?(?: page)?', 'nächste(?: seite)?', 'vorherige(?: seite)?', 'weiter', 'zurück', 'suivante?', 'page suivante', 'précédente?', 'page précédente', 'siguiente', 'página siguiente', 'anterior', 'página anterior', 'próxima(?: página)?',
  'successiv[ao]', 'pagina successiva', 'precedente', 'pagina precedente', 'następna(?: strona)?', 'poprzednia(?: strona)?', 'dalej', 'wstecz', 'следующая(?: страница)?', 'предыдущая(?: страница)?', 'далее', 'назад', 'volgende', 'vorige', '次へ', '前へ', '다음', '이전',
].join('|');
/** Between two page numbers: a space or a bar, never nothing ("123" is a number, not three pages). */
const PAGE_GAP = String.raw`(?:\s*[|·•,]\s*|\s+)`;
const PAGE_NUMBERS = String.raw`\d{1,4}(?:${PAGE_GAP}\d{1,4}){0,15}(?:\s*(?:…|\.\.\.)\s*\d{1,4})?`;
/** "1 2 3 … 12": the numbers of a pager, which run on from 1 (a row of figures in a table does not). */
const PAGE_RUN = (() => {
  let run = '';
  for (let n = 10; n >= 4; n--) run = `(?:${PAGE_GAP}${n}${run})?`;
  return `1${PAGE_GAP}2${PAGE_GAP}3${run}(?:\\s*(?:…|\\.\\.\\.)\\s*\\d{1,4})?`;
})();
const PAGER = [
  // Numbers with the pager's words: "Page 2 of 5", "Seite 1 von 3", "« Previous 1 2 3 Next »", "1 2 of 2 Next Page".
  String.raw`[«‹<←]?\s*(?:(?:${PAGER_LINK})\s*[|·•/]?\s*)?(?:(?:${PAGE_WORD})\s*[:.]?\s*)?(?:${PAGE_NUMBERS}(?:\s+(?:of|von|de|di|z|из|sur)\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})(?:\s*[|·•/]?\s*(?:${PAGER_LINK})(?:\s+(?:${PAGE_WORD}))?){1,2}\s*[»›>→]?`,
  String.raw`[«‹<←]?\s*(?:(?:${PAGER_LINK})\s*[|·•/]?\s*)?(?:${PAGE_WORD})\s*[:.]?\s*(?:${PAGE_NUMBERS}(?:\s+(?:of|von|de|di|z|из|sur)\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})(?:\s*[|·•/]?\s*(?:${PAGER_LINK})(?:\s+(?:${PAGE_WORD}))?){0,2}\s*[»›>→]?`,
  String.raw`[«‹<←]?\s*(?:${PAGER_LINK})\s*[|·•/]?\s*(?:${PAGE_NUMBERS}\s*[|·•/]?\s*)?(?:${PAGER_LINK})\s*[»›>→]?`,
  // A link that names the page, alone: "Next Page >", "Nächste Seite", "Page suivante" (a bare "Next" may be a slide's).
  String.raw`[«‹<←]?\s*(?:next page|previous page|prev page|nächste seite|vorherige seite|page suivante|page précédente|página siguiente|página anterior|próxima página|pagina successiva|pagina precedente|następna strona|poprzednia strona|следующая страница|предыдущая страница|volgende pagina|vorige pagina|次のページ|前のページ|다음 페이지|이전 페이지)\s*[»›>→]?`,
  // The numbers alone, from 1: "1 | 2 | 3 | 4 | 5", "1 2 3 … 12 ›".
  String.raw`[«‹<←]?\s*${PAGE_RUN}\s*[»›>→]?`,
].join('|');

const FURTHER_INFO = ci([
  'for further information', 'for more information', 'for additional information', 'further information', 'more information', 'media information', "pour plus d'informations", 'pour plus d’informations', 'pour tout renseignement', 'renseignements', 'weitere informationen', 'für weitere informationen',
  'para más información', 'para mayor información', 'más información', 'para mais informações', 'mais informações', 'per ulteriori informazioni', 'per maggiori informazioni', 'per informazioni', 'дополнительная информация', 'за дополнительной информацией', 'подробная информация',
].join('|'));

/** Line rules: lexical anchors, each matching a whole line so that a sentence that merely contains the phrase is left alone. */
export const LINE_RULES: LineRule[] = [
  {
    id: 'weather-widget',
    kind: 'widget',
    description: 'A temperature reading on a line of its own: the weather widget of the page header.',
    pattern: line(String.raw`(?:[\p{L} ,]{0,30}\s)?[-+−]?\d{1,3}(?:[.,]\d)?\s?(?:°\s?[CF]?|º\s?[CF]?|\s?[CF]|degrees)(?:\s*/\s*[-+−]?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]?)?(?:\s+[\p{L} ,]{0,30})?`),
    hint: /\d(?:[.,]\d)?\s?\s?(?:[°ºcf]|degrees)/iu,
    zone: 'any',
    maxWords: 6,
    examples: ['32.1 C', '18°C', '72°F Sunny', 'London 14°C'],
    counterExamples: ['The temperature reached 40C in Seville on Tuesday, officials said.'],
    languages: ['*'],
  },
  {
    id: 'ticker-widget',
    kind: 'widget',
    description: 'A market or currency ticker: symbols with figures, arrows or percentages; a widget\'s figures under their names, split by bars or dots ("Sensex 73,850 ▲ 0.42% | Nifty 22,410 ▲ 0.38%", "Prayer times: Fajr 5:12 · Dhuhr 12:28"); a box of the quotes an article names, each company\'s name, symbol, price and change, under a heading ("Stocks in this story") or two quotes at least.',
    pattern: line(
      // (A match's score at half- or full-time is none: "HT: 14-17".)
      String.raw`(?!(?:HT|FT|AET)\b)(?:[\p{Lu}&$€£]{2,10}[\s:]*[\d.,]+(?:\s?zł)?\s*[▲▼↑↓+\-−]?\s*[\d.,]*%?\s*){1,6}` +
        // Figures of a widget, each under its name, two or more split by bars or dots, a label over them
        // ("Sensex 73,850.12 ▲ 0.42% | Nifty 22,410.05 ▲ 0.38%", "Prayer times: Fajr 5:12 · Dhuhr 12:28").
        String.raw`|(?:[\p{L}][\p{L} '’]{0,30}: )?[\p{L}\p{N}$€£¥₹][\p{L}\p{N}$€£¥₹&/'’.-]{0,15}(?: [\p{L}\p{N}$€£¥₹&/'’.-]{1,15}){0,3}:? [$€£¥₹]?\d[\d.,:]{0,12}(?: ?[▲▼↑↓+\-−] ?[\d.,]{0,10}%?| ?%)?(?: [|·•] [\p{L}\p{N}$€£¥₹][\p{L}\p{N}$€£¥₹&/'’.-]{0,15}(?: [\p{L}\p{N}$€£¥₹&/'’.-]{1,15}){0,3}:? [$€£¥₹]?\d[\d.,:]{0,12}(?: ?[▲▼↑↓+\-−] ?[\d.,]{0,10}%?| ?%)?){1,7}`,
      'u',
    ),
    zone: 'any',
    maxWords: 30,
    examples: ['DOW 34,210.5 ▲ 0.4%', 'USD 73.52 EUR 80.11', 'FTSE 7,512 −0.3%', 'BRW 84,20 zł +3,44%', 'Sensex 73,850.12 ▲ 0.42% | Nifty 22,410.05 ▲ 0.38%', 'Prayer times: Fajr 5:12 · Dhuhr 12:28 · Asr 3:48', 'Gold rate today: 24K AED 341.50 | 22K AED 316.25'],
    counterExamples: ['The Dow rose 0.4% to 34,210 points on Monday.', 'HT: 14-17', 'FT: 2-1', 'Population: 5,000 | Area: 300 km²', 'Opening hours: Mon–Fri 9:00 to 17:00, Sat 10:00 to 14:00'],
    languages: ['*'],
  },
  {
    id: 'most-read-heading',
    kind: 'widget',
    description: 'The heading of a "Most Popular" / "Most Read" / "Trending" box.',
    pattern: line(`(?:${MOST_READ})${SEP}`),
    zone: 'any',
    endsBody: true,
    examples: ["More on Marlow's water system", 'Top 10 stories', "Today's best deals", 'Latest on this story', 'Também pode gostar de ler', 'Most active', 'Top gainers', 'Próximos vídeos', 'Weitere Videos', 'Altri video', 'Другие видео', '次の動画', 'Top 12 News Topics', 'Top 5 most read', 'Ähnliche Jobs', 'Verwandte Leistungen', 'Weitere Tests', 'Similar jobs', "Editors' Picks", 'Around the web', 'Elsewhere on The Courier', 'Trending in Sports', 'Trending Videos', 'Keep watching', 'Must Reads', 'Latest Headlines', 'Read These Next', 'What others are reading', "Today's top stories", 'Stories you may like', 'Picked for you', 'More to explore', 'You may have missed', 'More Like This', 'Related Searches', 'People also read', 'What people are reading', "Editor’s Picks", "Editor's Choice", 'Die Redaktion empfiehlt', 'Le choix de la rédaction', 'Selección del editor', 'Escolhas do editor', 'La scelta della redazione', 'Выбор редакции', 'Wybór redakcji', 'Keuze van de redactie',
      'Suggested reads', 'More commentary »', 'More galleries', 'Mais galerias', 'Mais vídeos', 'Weitere Bildergalerien', 'Лента новостей', 'Most Popular Articles', 'Most Read', 'الأكثر تصفحاً', 'Lo más leído', 'Meistgelesen', 'Самое читаемое', 'الأكثر قراءة', 'アクセスランキング', '人気記事ランキング', 'よく読まれている記事', '热门文章', '많이 본 뉴스', 'Najczęściej czytane', 'Najpopularniejsze w tym tygodniu', 'Więcej wywiadów', 'Podobne przepisy', 'Meest gelezen',
      'Mais de Economia', 'Más de Política', 'Plus de Politique', 'Altro da Politica', 'Meer uit Politiek', 'Mehr aus Wirtschaft', "Plus d'actualités", 'Más noticias de Economía', 'Also in the news', 'Похожие материалы', 'Ещё из раздела Политика', 'Więcej z kategorii Polityka', 'この記者の記事', '政治の記事一覧',
      'Ces recettes pourraient vous plaire', 'Ces articles pourraient vous intéresser', 'Vous pourriez aussi aimer', 'También te puede gustar', 'Você também pode gostar', 'Potrebbe interessarti anche', 'Вам может быть интересно', 'Das könnte Sie auch interessieren', 'Also from this source',
      'Legolvasottabb', 'Nejčtenější', 'Najčítanejšie články', 'Cele mai citite', 'Най-четени', 'Найчитаніше', 'Схожі новини', 'En çok okunanlar', 'Mest lästa', 'Mest læste', 'Mest lest', 'Luetuimmat', 'Πιο διαβασμένα', 'Berita Terpopuler', 'Đọc nhiều nhất', 'Tin khác', 'أخبار أخرى', '24小时热点'],
    counterExamples: ['Top 10 destinations for winter sun', "Editors' picks for the prize were announced on Monday.", 'Выбор редакции пал на репортаж из Якутии.', 'Wybór redakcji był jednogłośny, podkreślił juror.', 'The most popular articles this year were about the election.', 'Also on the agenda', 'Latest from the courthouse', 'Before you go', 'In other news', 'ランキングの上位には地元の店が並んだ。', '人気記事の多くは地震に関するものだった。', 'Najpopularniejsze w tym tygodniu były artykuły o cenach prądu.', 'Więcej wywiadów z lekarzami zapowiada redakcja na jesień.',
      'Mais de perto', 'Más de lo mismo', 'Ces articles pourraient vous intéresser, estime le juge.', 'Вам может быть интересно, почему цены выросли.', 'Você também pode gostar de caminhar no parque, diz o médico.', 'Plus de 300 personnes ont assisté à la réunion mardi soir.', 'Mais de Economia se falou na reunião do que de saúde.', 'Рекомендуем всем жителям закрыть окна, сообщили в МЧС.', 'Legolvasottabb cikkünk a választásról szólt tavaly.', 'En çok okunan kitap bu yıl bir polisiye oldu.', 'Mest lästa boken i år var en deckare.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'ja', 'zh', 'ko', 'pl', 'nl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'vi'],
  },
  {
    id: 'section-heading',
    kind: 'widget',
    description: 'A box heading such as "Top stories" or "Breaking news".',
    pattern: line(`(?:${SECTION_HEADS})${SEP}`),
    zone: 'any',
    examples: ['Latest', 'Breaking News', 'Últimas noticias', 'Главное', 'Mais recentes', 'Les plus récents',
      'Legfrissebb', 'Nejnovější zprávy', 'Ultimele știri', 'Последни новини', 'Останні новини', 'Son dakika', 'Senaste nytt', 'Seneste nyt', 'Siste nytt', 'Uusimmat', 'Τελευταία νέα', 'Terbaru', 'Tin mới nhất', '最新新闻', '주요 뉴스'],
    counterExamples: ['Breaking news of the merger reached the staff on Friday morning.', 'Son dakika golüyle maç berabere bitti.', 'Terbaru, pemerintah menaikkan harga BBM.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'ar', 'it', 'pl', 'nl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi', 'zh', 'ko'],
  },
  {
    id: 'read-more-marker',
    kind: 'teaser',
    description: 'A "Read more" / "Related" / "Watch" marker, alone or before a related headline; the caption and headline after a bare marker belong to it.',
    pattern: new RegExp(
      // (In brackets, an inline link's "[Read: …]", "[Watch: …]".)
      `^(?:\\[(?:read|see|watch|listen|related|more)\\s*[:：]\\s*[^\\]]{3,200}\\]$|[\\[(【［]?(?:${READ_MORE})(?:${SEP}[\\])】］]?$|\\s*[:：|»›>–—-]\\s*\\S.{0,200}$)|(?:${ALSO_ON}) [\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}\\b.{0,200}$|(?:veja|leia|confira) mais not[ií]cias(?: (?:da|de|do|sobre) [^.!?]{1,40})? n[oa] [^.!?]{1,40}[.!]?$|(?:leggi|scopri) (?:le )?altre notizie(?: (?:di|da|su) [^.!?]{1,40})? su [^.!?]{1,40}[.!]?$)`,
      'iu',
    ),
    longLines: true,
    zone: 'any',
    opensTeaser: true,
    examples: ['Seguí leyendo: El Gobierno confirmó la baja de retenciones', 'READ MORE ON WEIRD NEWS', 'この記事を読んだ人はこちらも', 'この記事に関連する記事', '全文を表示', 'Статьи по теме', 'Check out more stories on Coast Weekly!', 'Expand full story', 'We recommend', "What's Hot", 'What’s trending now', 'Wir empfehlen', 'Nous vous recommandons', 'Recomendamos', 'Ti consigliamo',
      'Show full article', 'Read More About:', 'Want to read more articles like this one?', 'Letter in response to this article:', 'Lire : Pourquoi la digue a cédé', 'Czytaj: Rada miasta przyjęła budżet', 'Read: Why the harbour wall failed', '[Read: Why the harbour wall failed]', '[Watch: The storm hits the coast]',
      'Related post: Pickled beetroot', 'Read this next', 'Related News On The Daily Post:', 'Read more', 'More:', 'READ MORE: Putin launches nuclear war drills', 'Also read: Markets fall', 'Leer más', 'Mehr zum Thema', 'Lire aussi', 'Читайте также', 'Leia mais', 'اقرأ أيضا', 'Veja mais notícias da região no Portal Vale.', '関連記事', 'この記事の関連ニュース', '【関連記事】', 'あわせて読みたい', 'こちらもおすすめ', '関連記事：首都直下地震、被害想定を見直しへ', '相关阅读', '관련기사', 'Zobacz również', 'Czytaj także: Kolejki do specjalistów. Najdłużej czekamy na endokrynologa', 'Może Cię zainteresować', 'Lees ook', 'Vídeos relacionados', 'Video zum Thema', 'Видео по теме', 'Meer over dit onderwerp', '関連動画',
      'Kapcsolódó cikkek', 'Olvassa el ezt is', 'Související články', 'Čtěte také: Vláda schválila rozpočet', 'Súvisiace články', 'Prečítajte si aj', 'Citește și: Guvernul a aprobat bugetul', 'Articole similare', 'Свързани новини', 'Прочетете още', 'Читайте також', 'Дивіться також', 'İlgili Haberler', 'Devamını oku', 'Läs också', 'Læs også', 'Les også', 'Lue myös', 'Aiheeseen liittyvät', 'Διαβάστε επίσης', 'Σχετικά άρθρα', 'Berita Terkait', 'Baca Selengkapnya', 'Tin liên quan', 'Xem thêm: Giá xăng tăng mạnh', 'مقالات ذات صلة', '猜你喜欢'],
    counterExamples: ['See more stories on the website, the editor said in a note to readers about the new layout of the site.', 'We recommend that residents boil their water, the council said.', "What's hot this summer is linen, the designer said.", 'Recomendamos a los vecinos no salir de casa, dijo el alcalde.', 'We recommend: boil all water before drinking.', 'Show full article text to subscribers only, the board decided.',
      'Read more about the inquiry in the report, the ministry said.', 'Related party transactions rose by 4%.', 'More', 'More: the council has agreed', '関連記事によると、被害は県内全域に広がった。', 'おすすめの店を地元の人に聞いた。', 'Zobacz również, jak zmieniło się miasto przez ostatnie dziesięć lat.', 'Související články vyšly v pátečním vydání novin.', 'Lue lisää aiheesta raportista, ministeri sanoi.', 'Xem thêm nhiều chi tiết được công an công bố hôm qua.', 'Διαβάστε επίσης την ανακοίνωση, είπε ο υπουργός.', 'Les mer om saken i rapporten, sa ministeren.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'ja', 'zh', 'ko', 'pl', 'nl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'vi'],
  },
  {
    id: 'share-line',
    kind: 'share',
    description: 'Share buttons: a line made only of share verbs and network names.',
    pattern: new RegExp(`^(?:(?:${SHARE_WORDS})(?:\\s*\\(\\d+\\))?[\\s:：|•·,/…!]*)+$`, 'iu'),
    zone: 'any',
    maxWords: 14,
    examples: ['Share All sharing options for: Who is the new midfielder?', 'Teilen auf:', 'Mastodon', "See Theo Haskins's other Tweets", 'Share This!', 'FollowFollowing', 'RecommendRecommended', 'BookmarkBookmarked Share More', 'Save Saved', 'Follow by Email', 'Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest', 'Pin this for later!', 'Följ', 'Show more sharing options', 'Reuse this content (opens in new window)', '字号：大 中 小', '読者になる', 'フォローする', 'いいね！', '@coastweekly on Twitter, become a fan on Facebook', 'Stay Connected. Follow Coast Weekly Now!', 'Please follow The Courier on Twitter and Facebook.', 'Become a fan on Facebook', 'Suivez-nous sur Twitter et Facebook', 'Síguenos en Twitter y Facebook', 'Folgen Sie uns auf Facebook und Twitter', 'Следите за новостями в Telegram', 'Like Loading...', 'Email this article', 'Envoyer cet article par e-mail', 'Enviar esta noticia por correo', 'Artikel per E-Mail versenden', 'Gefällt mir Wird geladen …', 'J’aime chargement…', 'Me gusta Cargando...', 'Curtir Carregando...', 'Mi piace Caricamento...', 'Нравится Загрузка...', 'Vind-ik-leuk Laden...', 'Print Friendly, PDF & Email',
      'Share this on:', 'Enviar a Tuenti Enviar a Menéame', 'Purchase Licensing Rights', 'Share this article', 'Close share panel', 'Recommend', 'Follow @jdoe', 'Download audio', 'Subscribe to podcast', 'digg reddit stumble', 'A A A', 'Aumenta el tamaño del texto', 'Schriftgröße ändern', 'Increase text size', 'These are external links and will open in a new window', 'Follow us on Instagram', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'Like this story? Share it with a friend!', 'Folgen Sie uns', 'Share on Facebook', 'Tweet', 'Facebook Twitter Email', 'Compartir', 'Teilen', 'Partager', 'Поделиться', 'شارك', 'シェアする', 'この記事をシェアする', 'ツイート', 'はてなブックマーク', 'LINEで送る', 'Facebookでシェア', 'シェア ツイート はてブ Pocket', '分享到', '공유하기', 'ВКонтакте', 'Одноклассники', 'Телеграм', 'Udostępnij', 'Udostępnij artykuł', 'Udostępnij wpis', 'Share this entry', 'Partager ce billet', 'Podziel się', 'Partilhe isto:', 'Pressemitteilung teilen', '著者フォロー', 'Udostępnij przez e-mail', 'Udostępnij na Facebooku', 'Polub', 'Dołącz do nas na Facebooku!', 'Obserwuj nas w Google News', 'Deel dit artikel', 'Follow us on Google News', 'Siga-nos no Google Notícias', 'Suivez-nous sur Google Actualités', 'Link copied!', 'Lien copié !', '¡Enlace copiado!', 'Ссылка скопирована', 'リンクをコピーしました', 'Print this page', 'Save for later', 'В избранное', 'Diminuir texto', 'Artikel verschenken', 'Presentear matéria',
      'Megosztás', 'Hozzáadom a könyvjelzőhözKüldd ide: Facebook', '+Nagyobb betűméret-Kisebb betűméret', 'Kinyomtatom', 'Sdílet na Facebooku', 'Zdieľať', 'Distribuie pe Facebook', 'Сподели', 'Поділитися', 'Paylaş', "Facebook'ta paylaş", 'Dela', 'Del på Facebook', 'Jaa', 'Κοινοποίηση', 'Salin tautan', 'Chia sẻ', 'نسخ الرابط', '微信扫一扫', '이 기사를 공유합니다', 'Kövessen minket a Facebookon!', 'Følg oss på Facebook', 'Betűméret', 'Velikost písma', 'Pin this recipe', 'Épingler cette recette sur Pinterest', 'Rezept auf Pinterest pinnen',
      'Tweet this', 'Email this article', 'Share this with', 'Reuse this content', 'Like us on Facebook', 'Artikel per E-Mail versenden', 'Envoyer cet article par e-mail', 'Enviar esta noticia por correo', 'Enviar esta notícia por e-mail', "Invia l'articolo via email", 'Отправить по почте', 'Wyślij artykuł e-mailem', 'Mail dit artikel', 'Rejoignez-nous sur Facebook', 'Curta nossa página no Facebook', 'Like ons op Facebook'],
    counterExamples: ['Share to the council of the proceeds went to the school.', 'Please follow the signs to the car park.', 'Küldd ide a jelentkezésed, írta a szervező.', 'Me gusta cargando el coche por la mañana, dijo el vecino.', 'Like loading a dishwasher, the job takes practice.', 'Print friendly versions of the forms are available at the library.',
      'Share prices fell sharply on Monday.', 'AAA', 'Twitter said it would review the policy.', 'Follow the money on this one.', 'この記事をシェアした人は1万人を超えた。', 'ВКонтакте сообщили о сбое в работе сервиса.', 'Udostępnij swoje zdjęcia tylko znajomym, radzą eksperci od bezpieczeństwa.', 'Dołącz do nas – zaapelował burmistrz do mieszkańców, którzy chcą sprzątać brzeg rzeki.', 'Del av vejen er lukket efter ulykken.', 'Dela ut matkassar gjorde frivilliga hela helgen.', 'Chia sẻ với phóng viên, ông cho biết sẽ không tái tranh cử.', 'Paylaş butonuna basan herkes ödül kazanmadı.', 'Jaa kolmeen osaan, ohje neuvoi.',
      'Tweet this, the activists urged their followers before the march.', 'Email this article to your MP, the campaign urges its members.', 'Like us on Facebook, the campaign leaflet urged young voters.', 'Reuse this content only with permission, the agency warned.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'ja', 'zh', 'ko', 'pl', 'nl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'vi'],
  },
  {
    id: 'paywall-prompt',
    kind: 'subscribe',
    description: 'A paywall: the prompt that stands where the rest of the article would be ("Subscribe to continue reading"); nothing after it is the article.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          // The prompt alone, or followed by what to do (subscribe, sign in), never a sentence of the article.
          'to (?:read|continue reading|keep reading) (?:the )?(?:full|whole|rest of (?:the|this)) (?:story|article)(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})',
          '(?:subscribe|log in|sign in|register) to (?:continue reading|keep reading|read (?:the|this) (?:full )?(?:story|article)|unlock (?:this|the) (?:story|article))(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})',
          'um (?:diesen (?:artikel|beitrag) )?weiterzulesen(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})',
          "pour lire (?:la suite|l'intégralité|cet article)(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})",
          'para (?:seguir|continuar) leyendo(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,200})',
          'para (?:continuar lendo|ler (?:a matéria|o texto|a reportagem) complet[ao])(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,200})',
          'per continuare a leggere(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,200})',
          // What is left for subscribers, and how much: "Продолжение доступно только подписчикам", "残り1687文字（全文2394文字）", "Weiterlesen mit PLUS".
          '(?:продолжение|полный текст|полная версия|эта статья|этот материал|материал|статья|текст)(?: (?:статьи|материала|текста))? (?:доступ(?:но|ен|на|ны)|открыт[аоы]?) только (?:для )?(?:подписчик(?:ам|ов)|по подписке)[.!]?',
          'остальн(?:ые|ое|ая|ой) (?:\\d{1,3}\\s?% )?(?:текста|статьи|материала|текст|часть(?: текста| статьи)?) доступн(?:ы|о|а) (?:только )?(?:по подписке|подписчикам)[.!]?',
          'この記事は(?:有料(?:会員)?|会員|プレミアム(?:会員)?|購読者)(?:限定)?の?記事です。?.{0,100}',
          '残り\\s?\\d{1,6}\\s?文字(?:\\s?[（(]全文\\s?\\d{1,6}\\s?文字[）)])?',
          '(?:jetzt )?weiterlesen mit [\\p{L}\\p{N}+.-]{1,15}(?: [\\p{L}\\p{N}+.-]{1,15}){0,2}[.!]?',
          'continuar a ler[.!…]*',
          // What the page says instead of the rest: "This article is for subscribers only.", "Esta reportagem é exclusiva para assinantes".
          '(?:this|the) (?:article|story|content|piece) is (?:(?:only|available|exclusively|exclusive|reserved) ){0,3}(?:to|for) (?:paying )?subscribers(?: only)?(?:[.!]|[.!]\\s.{1,200})?',
          '(?:esta|essa|este|esse) (?:reportagem|matéria|notícia|coluna|conteúdo|texto) é (?:exclusiv[ao]|restrit[ao]) (?:para|a|aos) assinantes(?:[.!]|[.!]\\s.{1,200})?',
          '(?:este|esta) (?:artículo|contenido|noticia|nota|reportaje) es (?:exclusiv[oa] )?(?:para|de) (?:suscriptores|abonados)(?: exclusivamente)?(?:[.!]|[.!]\\s.{1,200})?',
          "cet article est réservé aux abonnés(?:[.!]|[.!]\\s.{1,200})?",
          'dieser (?:artikel|beitrag|inhalt) ist (?:exklusiv |nur )?für (?:abonnenten|abonnentinnen und abonnenten)(?: \\p{L}+)?(?:[.!]|[.!]\\s.{1,200})?',
          "quest[oa] (?:articolo|contenuto|notizia) è riservat[oa] agli abbonati(?:[.!]|[.!]\\s.{1,200})?",
          // A metered wall: the reader has used up the free articles.
          "you(?:'ve| have) (?:reached|hit|used (?:up )?)(?: your| the)? (?:limit|maximum|all) (?:of |for )?(?:your )?(?:\\d+ )?(?:free )?(?:articles|stories)\\b.{0,160}",
          'você (?:atingiu|alcançou|chegou ao) (?:o )?limite de .{0,60}\\b(?:reportagens|matérias|notícias|artigos|conteúdos|textos)\\b.{0,160}',
          '(?:has|ha) (?:alcanzado|llegado a)l? (?:el )?límite de .{0,60}\\b(?:artículos|noticias|notas|contenidos)\\b.{0,160}',
          "vous avez (?:atteint|consulté) (?:la limite|le nombre maximum|votre quota|vos) .{0,60}\\barticles?\\b.{0,160}",
          'sie haben (?:ihr|das) (?:limit|kontingent) (?:an|von|für) .{0,60}\\b(?:artikel|artikeln|beiträgen|beiträge)\\b.{0,160}',
          'hai raggiunto il (?:limite|numero massimo) di .{0,60}\\barticoli\\b.{0,160}',
        ) +
        ')$',
      'iu',
    ),
    hint: /^(?:you(?:'ve| have) (?:reached|hit|used)|você (?:atingiu|alcançou|chegou)|(?:has|ha) (?:alcanzado|llegado)|vous avez|sie haben|hai raggiunto|to (?:read|continue|keep)|subscribe|log in|sign in|register|um |pour lire|para |per continuare|продолжение|полн|эта |этот |материал|статья|текст|остальн|この記事は|残り|jetzt weiterlesen|weiterlesen|continuar)|(?:to|for) (?:paying )?subscribers|(?:para|a|aos) assinantes|(?:para|de) (?:suscriptores|abonados)|aux abonnés|für abonnent|agli abbonati/iu,
    longLines: true,
    zone: 'any',
    endsBody: true,
    maxWords: 40,
    examples: ['TO READ THE FULL STORY', 'Subscribe to continue reading', 'Um diesen Artikel weiterzulesen, melden Sie sich an.', 'Pour lire la suite, abonnez-vous.', 'Para seguir leyendo, suscríbete', 'Продолжение доступно только подписчикам', 'Остальные 72% текста доступны по подписке',
      'この記事は有料会員記事です。有料会員になると続きをお読みいただけます。', '残り1687文字（全文2394文字）', 'Weiterlesen mit PLUS', 'Continuar a ler',
      'You have reached your limit of free articles this month.', 'Você atingiu o limite de 5 reportagens gratuitas por mês.', 'Has alcanzado el límite de artículos gratuitos.', "Vous avez atteint la limite d'articles gratuits.",
      'Sie haben Ihr Limit an kostenlosen Artikeln erreicht.', 'Hai raggiunto il limite di articoli gratuiti.', 'Para continuar lendo, assine a Folha do Cerrado e tenha acesso ilimitado ao site, ao aplicativo e à edição digital.',
      'This article is for subscribers only.', 'This story is available exclusively to subscribers. Subscribe today for unlimited access.', 'Esta reportagem é exclusiva para assinantes', 'Este contenido es exclusivo para suscriptores.',
      'Cet article est réservé aux abonnés.', 'Dieser Artikel ist exklusiv für Abonnenten.', 'Questo articolo è riservato agli abbonati.'],
    counterExamples: ['To read the full report, the committee said, would take a week.', 'Para seguir leyendo el informe hay que pedirlo al ministerio, que no lo ha publicado en su web desde marzo de este año.', 'Полный текст доклада доступен только депутатам, сообщили в Госдуме.',
      '残りの文字は後で書くと話した。', 'Weiterlesen mit der Lupe konnte sie erst im Alter von 80 Jahren, erzählt ihre Tochter.', 'Continuar a ler livros em papel é um hábito que resiste, diz o estudo.',
      'The piece is for subscribers to the print edition who asked for it in a survey last year, the editor said.', 'Esta reportagem é exclusiva para assinantes do plano premium desde 2021, e o preço subiu.'],
    languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'ru', 'ja'],
  },
  {
    id: 'subscribe-prompt',
    kind: 'subscribe',
    description: 'A newsletter or subscription prompt.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          '(?:click here to |please )?(?:subscribe|sign up|signup|register|join)\\b.{0,120}\\b(?:newsletters?|email|e-mail|inbox|updates|alerts|notifications|subscribers?|today|now|free|digest|briefing)\\b.*',
          // A blog's sign-up box: "Enjoying this post?", "Get new posts from the team in your inbox.", "Pop your email in below", "Sign up for more like this."
          'enjoying this (?:post|article|story|newsletter|piece|read)\\?', 'get (?:new|our|the latest|our latest) (?:posts|stories|articles|issues|essays)\\b.{0,80}\\b(?:(?:in|to|into) your inbox|(?:by|via) e-?mail)\\b.*',
          '(?:[^.!?]{1,80}\\? )?(?:just )?(?:pop|drop|put|leave) your e-?mail(?: address)? (?:in|below|here)(?: (?:below |here )?(?:to|and) [^.!?]{1,100})?[.!]?', 'sign up for more (?:like this|stories like this|posts like this)[.!]?',
          'subscribe to [\\p{L}\\p{N}&.\'’ -]{1,40} for (?:unlimited|full|complete|digital) access\\b.{0,80}',
          '(?:subscribe|sign up|sign me up|newsletter|get our newsletter|our newsletter|free newsletter|daily newsletter|email address|enter (?:your )?e-?mail( address)?|type your email( address)?|your (?:work |business |personal )?e-?mail( address)?|e-mail address|(?:ihre |deine )?e-mail-adresse)[\\s:!.…]*',
          '(?:get|receive) (?:the|our) (?:latest|best|top|daily).{0,80}\\b(?:inbox|email|newsletter)\\b.*',
          'join \\d[\\d,.]* other (?:subscribers|followers)\\.?', 'upgrade to (?:paid|premium|a paid (?:plan|subscription))', 'follow (?:this )?blog via e-?mail', "you(?:['’]re| are) (?:now )?subscribed[.!]?(?: thanks? (?:you )?for (?:signing up|subscribing)[.!]?)?", 'thanks? (?:you )?for (?:signing up|subscribing)(?: to (?:our|the) newsletter)?[.!]?', 'if you (?:appreciate|value|enjoy|like) (?:our|this|my) (?:work|journalism|reporting),? (?:please )?consider\\b.{0,140}', 'get (?:[\\p{L}]+ )?alerts',
          // A meter and an offer set into the article: "You've read 3 of 4 free articles this month.", "Get unlimited digital access: $1 for 6 months", "Cancel anytime.", "Erster Monat für 0,99 €".
          "you(?:'|’)?ve read \\d+ (?:of|out of) (?:your )?\\d+ free (?:articles|stories)\\b.{0,160}", '(?:você )?j[áa] leu (?:os |as )?\\d+ (?:artigos|matérias|notícias|textos) gratuit[oa]s\\b.{0,200}', 'you have \\d+ free (?:articles?|stories|reads) (?:left|remaining)\\b.{0,120}',
          // A channel or network to join or follow for the news: "Join The Daily's Telegram channel and get …", "Click here to follow X on WhatsApp, Instagram and Google News."
          "join [\\p{L}\\p{N}&.'’ -]{1,40} (?:telegram|whatsapp|signal|viber) (?:channel|group|community)(?:[.!]|\\s(?:and|to|for) .{0,140})?",
          "(?:click here to )?follow [\\p{L}\\p{N}&.'’ -]{1,40} on (?:whatsapp|instagram|google news|telegram|facebook|x|twitter|tiktok|youtube|linkedin|threads)(?:(?:,\\s?|,? and |,? or )(?:whatsapp|instagram|google news|telegram|facebook|x|twitter|tiktok|youtube|linkedin|threads))*\\.?", 'vous lisez un article réservé aux abonnés\\.?',
          'get unlimited (?:digital )?access\\b.{0,100}', 'cancel (?:at )?any ?time\\b.{0,120}', '(?=.*(?:[€$£]|\\bfree\\b|gratuit|gratis|grátis|kostenlos))(?:(?:der |le |el |o |il )?(?:erste[rn]? monat|premier mois|primer mes|primeiro mês|primo mese|first month)|[\\p{L}\\p{N}+.\'’ -]{1,30}, \\d+(?:[,.]\\d{2})? ?€ le premier mois|(?:por )?apenas \\d+(?:[,.]\\d{2})? ?€ no primeiro mês)\\b.{0,60}',
          'jetzt mit [\\p{L}\\p{N}+]{1,12} weiterlesen', 'subscribe to [\\p{L}\\p{N}&.\'’ -]{1,40}',
          // A job board's alert: "Create job alert", "Jobs per E-Mail erhalten", "Job-Alarm aktivieren", "Recevoir les offres par e-mail".
          '(?:create (?:a )?|set up (?:a )?|activate (?:a )?)?job[ -]?(?:alerts?|agent|alarm)(?: (?:aktivieren|erstellen|einrichten|anlegen))?', '(?:neue )?jobs per e-?mail(?: erhalten)?', 'get (?:new |similar )?jobs (?:by|via) e-?mail', "(?:recevoir|créer) (?:les offres|une alerte)(?: (?:par|d['’])e-?mail| emploi)?", 'crear alerta de empleo', 'recibir ofertas (?:por|en tu) (?:e-?mail|correo)', 'your (?:information|e-?mail(?: address)?|data) is safe(?: and secure| with us)?\\.?', 'get updated when .{1,60}', 'don[\'’]t worry[,;:]? we (?:hate|don[\'’]t (?:like|send)|won[\'’]t send(?: you)?|never send(?: you)?) spam.{0,60}', 'we (?:hate|don[\'’]t (?:like|send)|won[\'’]t send(?: you)?|never send(?: you)?) spam(?: (?:as much as you do|either|with a passion|too|ever))?[.!]?(?: (?:and )?you can unsubscribe.{0,60})?', 'get (?:[\\p{L}\\p{N}&.\'’-]+ ){0,4}(?:news|updates|alerts|headlines|stories)(?: and (?:alerts|updates|offers|news))?(?: (?:free|delivered|sent|straight|directly))* (?:to|in|into) your (?:inbox|e-?mail)[.!…]*', 'you can unsubscribe.{0,60}', `(?=.{0,140}(?:\\b(?:inbox|e-?mail|newsletter|news|updates|latest|daily|weekly|briefing|digest)\\b|почт|e-mail|рассылк|новост|актуальн|actualit|nouvelles|noticias|notícias|notizie|nachrichten|neuigkeiten))[^.!?]{3,80}[.!?]\\s+(?:${SUBSCRIBE_CALL}) (?:[^.!?,]|\\.(?=\\S)){1,60}[.!]?`, '.{0,80}\\b(?:unsubscribe at any time|no spam)\\b.*', 'already a subscriber\\?.*', 'already (?:subscribed|a member|have an account)\\s?\\?.{0,40}', 'subscribers? only.*', 'subscribe (?:now|today)\\b.*',
          'this (?:article|content|story) is (?:for|available to) (?:subscribers|members)( only)?\\.?', 'become a (?:member|subscriber)\\b.*',
          // Support for the newsroom: "Support local journalism", "Independent journalism depends on readers like you", "Your subscription funds reporting like this".
          'support (?:our |independent |local |quality |trusted |nonprofit |non-profit |reader-funded |public-interest |community )+(?:news|journalism|reporting|newsroom)(?:[.!:—–-]\\s*.{0,200}|\\s(?:and|by|with|today|now)\\b.{0,200})?',
          '[^.!?]{0,80}\\bjournalism (?:depends|relies) on (?:(?:readers|people|supporters|subscribers|members) like you|you)\\b.{0,300}',
          '[^.!?]{0,80}\\byour (?:subscription|support|donation|contribution|membership)s? (?:funds|makes|makes possible|helps (?:fund|support|pay for)|supports|keeps|pays for|powers|enables|sustains) (?:[\\p{L}\'’-]+ ){0,3}(?:journalism|reporting|newsroom|coverage|stories|reporters|work)\\b.{0,300}',
          // The e-mail field of a sign-up box in more languages: "Tu correo electrónico", "Seu e-mail", "Votre adresse e-mail", "La tua email".
          '(?:(?:introduce|introduzca|ingresa|ingrese|escribe|escriba|digite|insira|informe|entrez|entre[rz]|saisissez|indiquez|inserisci|inserire|gib|geben sie|введите|укажите) )?(?:tu|su|seu|o seu|sua|a sua|votre|la tua|il tuo|la sua|il suo|deine|ihre|ваш(?:а|е|у)?|je|uw) (?:dirección de |endereço de |adresse |indirizzo )?(?:correo(?: electrónico)?|e-?mail|courriel|mail|correio eletr[óô]nico|adresse électronique|di posta elettronica|адрес (?:электронной|эл\\.) почты|электронн(?:ая|ую) почт[ау]|почт[ау])(?:-?adres(?:se)?)?(?: ein)?[\\s:*!.…]*',
          '(?:adresse (?:e-?mail|électronique)|correo electrónico|endereço de e-?mail|indirizzo (?:e-?mail|di posta elettronica)|электронная почта|e-?mailadres)[\\s:*!.…]*',
          'suscr[ií]bete\\b.*', 'suscribirse', 'recibe (?:nuestro|el) bolet[ií]n.*', '(?:jetzt )?(?:den |unseren )?newsletter abonnieren.*', 'jetzt abonnieren.*', 'abonnieren',
          'abonnez-vous\\b.*', "s'abonner.*", 'inscrivez-vous à (?:la|notre) newsletter.*', 'подпи(?:шитесь|саться|сывайтесь)\\b.*', "je m'abonne", 'suscribirme', 'jetzt anmelden', 'cadastrar', 'inscrever-se', 'assine\\b.*', 'assinar(?: agora| já)?',
          // A paywall's label ("réservé aux abonnés"); the prompt where the article stops is paywall-prompt's.
          '(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\\*innen|abonnierende)(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})',
          '(?:cet )?article (?:est )?réservé aux abonnés(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})', 'réservé aux abonnés',
          '(?:contenido|artículo) (?:exclusivo )?para suscriptores(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})',
          '(?:(?:este|esta|o|a) )?(?:conteúdo|matéria|artigo|reportagem|texto) (?:é )?exclusiv[ao] (?:para|de|a) assinantes(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})',
          '(?:contenuto|articolo) riservato agli abbonati(?:[\\s.:!…]*|[,:]?\\s.{0,60}\\b(?:abonn|abo|subscri|suscr|assin|anmeld|meld|registr|inscri|iscri|log|sign|connect|accedi|acced|entr)\\p{L}*\\b.{0,60})',
          'subscribe to .{1,60} on (?:youtube|telegram|whatsapp|spotify|apple podcasts|google news)\\b.{0,40}',
          // A blog's follow box and bar (WordPress.com, Jetpack, Blogger): "Enter your email address to subscribe to this blog …", "Notify me of new posts by email.",
          // "Manage subscriptions", "Already have a WordPress.com account? Log in now.", "Subscribe to: Posts (Atom)", in the languages they print them in.
          '(?:enter|type|gib|geben sie|entrez|saisissez|introduce|introduzca|escribe|ingresa|digite|insira|introduza|inserisci|введите|укажите|wpisz|podaj|vul)\\s.{0,60}\\b(?:to|um|pour|para|per|чтобы|aby|om)\\s.{0,40}\\b(?:this blog|diesen blog|dieses blog|ce blog|este blog|esse blog|questo blog|этот блог|ten blog|deze blog|dit blog)\\b.{0,200}',
          'notify me of new posts (?:by|via) e-?mail\\.?', 'benachrichtige mich über neue beiträge (?:via|per) e-?mail\\.?', 'prévenez-moi de tous les nouveaux articles par (?:e-?mail|courriel)\\.?', '(?:notificarme|recibir) (?:los )?nuevas? (?:entradas|publicaciones) por (?:correo(?: electrónico)?|e-?mail)\\.?',
          'recibir un correo electrónico con cada nueva entrada\\.?', 'notifique-me (?:sobre|de) (?:novas publicações|novos posts) por e-?mail\\.?', 'notificami (?:di )?nuovi (?:post|articoli) (?:via|per) e-?mail\\.?',
          'уведом(?:лять|ить) меня о новых записях (?:(?:по|через) (?:email|e-mail|почте|электронной почте)|почтой)\\.?', 'powiadom mnie o nowych wpisach (?:poprzez|przez|za pomocą) e-?mail\\p{L}*\\.?', 'stuur (?:mij|me) een e-?mail (?:als er|bij) nieuwe berichten(?: zijn)?\\.?',
          'manage (?:your )?subscriptions', 'abonnements verwalten', 'gérer (?:les|mes) abonnements', 'gestionar (?:las )?suscripciones', 'gerenciar assinaturas', 'gerir subscrições', 'gestisci (?:gli )?abbonamenti', 'управление подписками', 'zarządzaj subskrypcjami', 'abonnementen beheren',
          'already have an? wordpress\\.com account\\s?\\?.{0,40}', '(?:du hast|sie haben) bereits ein wordpress\\.com-konto\\s?\\?.{0,40}', 'vous avez déjà un compte wordpress\\.com\\s?\\?.{0,40}', '¿?ya tienes una cuenta (?:de |en )?wordpress\\.com\\s?\\?.{0,40}',
          'já tem uma conta (?:do |no )?wordpress\\.com\\s?\\?.{0,40}', 'hai già un account wordpress\\.com\\s?\\?.{0,40}', 'уже есть (?:аккаунт|учётная запись|учетная запись) wordpress\\.com\\s?\\?.{0,40}', 'masz już konto (?:na )?wordpress\\.com\\s?\\?.{0,40}', 'heb je al een wordpress\\.com-account\\s?\\?.{0,40}',
          "(?:subscribe to|suscribirse a|assinar|abonnieren|s['’]abonner à|inscription à|iscriviti a|subskrybuj|abonneren op|подписаться на)\\s?[:：]\\s?[^()]{1,60}\\((?:atom|rss)\\)",
          // "Subscribe to <outlet> and stay smart …": a subscription pitch.
          'subscribe to [\\p{Lu}\\p{N}][^.!?]{0,40} (?:and|to) (?:stay|get|keep|support|never miss|read|enjoy|unlock)\\b.{0,120}',
          // A teaser's label for subscribers ("Exclusivo assinantes"), and a sign-up box's form and legal lines.
          'exclusiv[oa] (?:para )?assinantes', 'exclusivo (?:para )?suscriptores', '(?:exclusive (?:for|to) )?subscribers only', 'exclusive (?:for|to) subscribers', 'nur für abonnenten', 'réservé aux abonnés', 'riservato agli abbonati', 'только для подписчиков',
          "we use your sign-up to provide content in ways you(?:'ve| have) consented to\\b.{0,400}", 'invalid e-?mail(?: address)?', 'e-?mail(?: address)? (?:is )?(?:invalid|not valid)', 'ungültige e-?mail(?:-adresse)?', 'adresse e-?mail invalide', '(?:e-?mail|correo) (?:inválido|no válido)', 'e-?mail inválido',
          // A free account offered to read on ("Create a free account", "Créez votre compte gratuit"): the offer, or with what it gives after "to".
          '(?:create|open|register for|sign up for) (?:a |your )?free account(?:[.!]|\\s+(?:to|and|now|today)\\b.{0,160})?', '(?:jetzt )?kostenlose[sn]? (?:benutzer)?konto (?:erstellen|anlegen)[.!]?', 'cré(?:er|ez) (?:un|votre) compte gratuit[.!]?', 'cré(?:er|ez) gratuitement (?:un|votre) compte[.!]?',
          'cre(?:a|ar|e) (?:una|tu|su) cuenta (?:gratis|gratuita)[.!]?', 'cri(?:e|ar|a) (?:uma|sua|a sua) conta (?:grátis|gratuita)[.!]?', 'crea(?:re)? (?:un|il tuo) account gratuito[.!]?', 'создайте бесплатный (?:аккаунт|профиль)[.!]?', 'załóż (?:darmowe|bezpłatne) konto[.!]?', 'maak (?:een|je) gratis account aan[.!]?',
          'inscreva-se\\b.*', 'iscriviti\\b.*', 'berlangganan\\b.*', 'اشترك\\b.*', 'اشترك في النشرة.*', 'اشترك الآن',
          // Paywalls in more languages: what is left for subscribers, the offer, and the sign-in for those who have one.
          'оформи(?:ть|те) подписку(?:[.!]?|,? чтобы (?:читать|прочитать|продолжить|получить)\\b.{0,120})', 'уже (?:подписаны|подписчик|есть подписка)\\s?\\?.{0,40}',
          '(?:有料|プレミアム)?会員(?:登録)?(?:になる|する)と、?.{0,40}(?:お読み|ご覧)(?:いただけ|になれ)ます。?',
          '今すぐ(?:登録|購読|申し込む|お申し込み|会員登録)(?:する)?(?:\\s?[（(][^）)]{1,12}[）)])?', 'ログイン(?:する|はこちら)?',
          `(?:try|get|unlock|enjoy) (?:unlimited|full|digital|premium|all-access|unlimited digital) access(?: (?:today|now))?(?:(?: to [^.!?,]{1,60})? (?:for|from|at) (?:just |only |as little as |as low as )?${PRICE}(?:\\s[^.!?,]{0,60})?)?[.!]?(?:\\s+cancel (?:anytime|at any time)[.!]?)?`,
          `get access to [^.!?,]{1,60} for (?:just |only |as little as |as low as )?${PRICE}(?:\\s[^.!?,]{0,60})?[.!]?`,
          'jetzt \\d{1,2} (?:wochen|monate?|tage) (?:für \\d{1,3}(?:,\\d{2})?\\s?(?:€|euro)|gratis|kostenlos)(?: (?:testen|lesen|sichern))?[.!]?',
          '(?:sie sind |du bist )?(?:bereits|schon) (?:abonnent(?:in)?|abonniert|plus-abonnent(?:in)?|kunde|kundin|registriert)\\s?\\?.{0,40}', 'hier (?:anmelden|einloggen)[.!]?', '(?:monatlich |täglich )?jederzeit kündbar[.!]?',
          'alle (?:artikel|inhalte|plus-artikel|plus-inhalte) (?:auf|von) [\\p{L}\\p{N}.-]{2,40}\\.[a-z]{2,6} lesen[.!]?',
          '(?:você )?já é assinante\\s?\\?.{0,40}', 'masz już (?:subskrypcję|prenumeratę|konto)\\s?\\?.{0,40}', 'al abonnee\\s?\\?.{0,40}', '(?:有料)?会員の方は(?:こちらから)?ログイン(?:してください)?', '¿?ya eres (?:suscriptor|suscriptora|abonado|abonada)\\s?\\?.{0,40}', 'déjà abonné(?:e)?\\s?\\?.{0,40}', 'sei già abbonato\\s?\\?.{0,40}',
          // An offer's price and term ("Only $1 for 4 weeks", "Danach 9,99 € monatlich", "Подписка на месяц — 1 ₽").
          `(?:(?:only|just|then|далее|затем|потом|danach|anschließend|dann|depois|apenas|só|nur|ab|puis|ensuite|dopo|poi)[,:]?\\s)?${PRICE}\\s?(?:(?:/\\s?|(?:for|per|a|an|pro|por|в|за|no|ao|im|each|every|le|par|al|the)\\s)(?:(?:the|first|primeiro|erste[nrm]?|первый|premier|primer|primo)\\s)?${PERIOD}|monatlich|mensais|mensal|monthly|weekly|wöchentlich|jährlich|yearly|par mois|al mese|por mes|ao mês)(?:[.,;]?\\s(?:cancel (?:anytime|at any time)|cancele (?:quando quiser|a qualquer momento)|jederzeit kündbar|отменить можно в любой момент|résiliable à tout moment|sans engagement|cancela cuando quieras)[.!]?)?[.!]?`,
          `(?:подписка|subscription|abo|abonnement|assinatura|suscripción) (?:на|for|für|de|por) (?:(?:\\d{1,2}|one|один|одну) )?${PERIOD}\\s?[—–:-]\\s?${PRICE}[.!]?`,
        ) +
        ')$',
      'iu',
    ),
    hint: either(
      new RegExp(`[.!?]\\s+(?:${SUBSCRIBE_CALL}) `, 'iu'),
      /unsubscribe at any time|no spam|we (?:hate|don|won|never)\b|^(?:don['’]t worry|you can unsub|to (?:read|continue|keep)|log in|um |dieser|der |pour lire|cet article|article|réservé|para |contenido|artículo|conteúdo|matéria|per continuare|contenuto|articolo|click here to|please|subscri|sign|newsletter|get|our|free|daily|email|enter|type|your|e-mail|receive|join|register|already|this|become|support|suscr|recibe|jetzt|abonn|s'abonner|inscr|подпи|je m'abonne|cadastrar|assin|iscriviti|berlangganan|اشترك)/iu,
      /^(?:ihre |deine |e-mail-adresse|продолжение|полн|эта |этот |материал|статья|текст|остальн|оформи|уже |この記事は|有料|プレミアム|会員|残り|今すぐ|ログイン|try |unlock|enjoy|weiterlesen|sie sind|du bist|bereits|schon|hier |monatlich|täglich|jederzeit|alle |continuar|já é|¿?ya eres|déjà|sei già|este |esta |o |a |reportagem|texto)/iu,
      /(?:pop|drop|put|leave) your e-?mail/iu,
      // A job board's alert; a meter and an offer.
      /^(?:create |set up |activate |job|neue jobs|recevoir|créer|crear alerta|recibir ofertas|you(?:'|’)?ve read|you have \d|follow |(?:você )?j[áa] leu|vous lisez|cancel|jetzt mit|subscribe to|you(?:['’]re| are) (?:now )?subscribed|thanks? (?:you )?for (?:signing|subscribing)|if you (?:appreciate|value|enjoy|like) (?:our|this|my) |upgrade to )/iu,
      /premier mois|primer mes|primeiro mês|primo mese|erste[rn]? monat|first month/iu,
      // The subscribers' labels and the form's lines added above.
      /^(?:exclusiv|subscribers only|nur für|riservato|только для|we use your sign-up|invalid|e-?mail|ungültige|adresse e-?mail|correo)/iu,
      /free account|^(?:jetzt kostenlos|kostenlos|cré|crea|cree|cria|crie|создайте|załóż|maak)/iu,
      /journalism (?:depends|relies)|your (?:subscription|support|donation|contribution|membership)|^(?:tu |su |seu |o seu |sua |a sua |votre |adresse |correo|endereço|indirizzo|la tua |il tuo |la sua |il suo |ваш|введите|укажите|электронная|je |uw |e-?mailadres|introduc|ingres|escrib|digite|insira|informe|entre[rz] |saisissez|indiquez|inserisci|inserire|gib |geben sie|deine |ihre )/iu,
      /^(?:[$€£₽\d]|r\$|us\$|rs|inr|₹|only|just|then|далее|затем|потом|danach|anschließend|dann|depois|apenas|só|nur|ab|puis|ensuite|dopo|poi|subscription|abo|assinatura|suscripción|você já|masz już|al abonnee|(?:den |unseren )?newsletter)/iu,
      // A blog's follow box and bar.
      /^(?:enter|type|gib|geben sie|entrez|saisissez|introduc|introduz|escribe|ingresa|digite|insira|inserisci|введите|укажите|wpisz|podaj|vul|notify|benachrichtige|prévenez|notificarme|recibir|notifique|notificami|уведом|powiadom|stuur|manage|abonnements|gérer|gestionar|gerenciar|gerir|gestisci|управление|zarządzaj|abonnementen|already|du hast|sie haben|vous avez|¿?ya tienes|já tem|hai già|уже есть|heb je|subscribe|suscribirse|assinar|abonnieren|s['’]abonner|inscription|iscriviti|subskrybuj|abonneren|подписаться)/iu,
    ),
    longLines: true,
    zone: 'any',
    // A sign-up box's consent line runs longer than a prompt.
    maxWords: 60,
    examples: ['Sign me up', 'Upgrade to paid', 'Enjoying this post?', 'Get new posts from the engineering team in your inbox. No more than twice a month.', 'Pop your email in below and we will send it straight over.', 'Sign up for more like this.', 'Sign up for our newsletters', 'Subscribe to Track Side for unlimited access, from £1 a week.', 'Join 1,234 other followers', 'Follow Blog via Email', 'You are now subscribed. Thanks for signing up!', 'Thanks for subscribing!', 'If you appreciate our work, please consider becoming a member.', "You've read 3 of 4 free articles this month.", 'You have 2 free articles remaining this month.', 'Join The Harbour Times’ Telegram channel and get the best breaking news delivered to you.', 'Click here to follow Harbour Times on WhatsApp, Instagram and Google News.', 'Já leu os 3 artigos gratuitos deste mês. Assine já e tenha acesso ilimitado.', 'Vous lisez un article réservé aux abonnés.', 'Get unlimited digital access: $1 for 6 months', 'Cancel anytime. Offer available to new subscribers only.', 'Erster Monat für 0,99 €', 'Por apenas 1€ no primeiro mês', 'Le Quotidien, 1 € le premier mois', 'Jetzt mit PLUS weiterlesen', 'Subscribe to The Harbour Letter', 'Jobs per E-Mail erhalten', 'Job-Alarm aktivieren', 'Create job alert', 'The best of the week in your inbox. Subscribe to the Coast Weekly newsletter', 'Самое интересное на ваш e-mail. Подпишитесь на рассылку', 'We hate spam as much as you do.', 'Don’t worry, we never send spam.', 'Get Coast Weekly news and alerts FREE to your inbox...', 'Create a free account', 'Create a free account to continue reading', 'Kostenloses Konto erstellen', 'Créez votre compte gratuit', 'Crea una cuenta gratis', 'Crie sua conta grátis', 'Crea un account gratuito', 'Załóż darmowe konto', 'Maak een gratis account aan',
      'Notify me of new posts by email.', 'Benachrichtige mich über neue Beiträge via E-Mail.', 'Prévenez-moi de tous les nouveaux articles par e-mail.', 'Recibir nuevas entradas por email.', 'Notifique-me sobre novas publicações por e-mail.', 'Notificami nuovi post via e-mail.', 'Уведомлять меня о новых записях почтой.', 'Powiadom mnie o nowych wpisach poprzez e-mail.', 'Stuur mij een e-mail als er nieuwe berichten zijn.', 'Enter your email address to subscribe to this blog and receive notifications of new posts by email.', 'Gib deine E-Mail-Adresse an, um diesen Blog zu abonnieren und Benachrichtigungen über neue Beiträge via E-Mail zu erhalten.', 'Entrez votre adresse mail pour suivre ce blog et être notifié par email des nouvelles publications.', 'Introduce tu dirección de correo electrónico para suscribirte a este blog y recibir avisos de nuevas entradas por correo.', 'Digite seu endereço de e-mail para acompanhar esse blog e receber notificações de novos posts por e-mail.', 'Inserisci il tuo indirizzo email per iscriverti a questo blog e ricevere notifiche di nuovi messaggi per e-mail.', 'Введите свой email адрес, чтобы подписаться на этот блог и получать уведомления о новых записях по email.', 'Wpisz swój adres e-mail, aby śledzić ten blog i otrzymywać powiadomienia o nowych wpisach przez e-mail.', 'Vul je e-mailadres in om deze blog te volgen en meldingen van nieuwe berichten via e-mail te ontvangen.', 'Manage subscriptions', 'Abonnements verwalten', 'Gérer les abonnements', 'Gestionar suscripciones', 'Gerenciar assinaturas', 'Gestisci abbonamenti', 'Управление подписками', 'Zarządzaj subskrypcjami', 'Abonnementen beheren', 'Already have a WordPress.com account? Log in now.', 'Du hast bereits ein WordPress.com-Konto? Melde dich jetzt an.', 'Vous avez déjà un compte WordPress.com ? Connectez-vous maintenant.', '¿Ya tienes una cuenta de WordPress.com? Inicia sesión ahora.', 'Já tem uma conta do WordPress.com? Faça login agora.', 'Hai già un account WordPress.com? Accedi ora.', 'Уже есть аккаунт WordPress.com? Войти.', 'Masz już konto WordPress.com? Zaloguj się.', 'Heb je al een WordPress.com-account? Nu inloggen.', 'Subscribe to: Post Comments (Atom)', 'Suscribirse a: Entradas (Atom)',
      'Sign up for our newsletter', 'Exclusivo assinantes', 'Invalid email', 'Enter email', "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.", "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. Read our Privacy Policy", 'Click here to subscribe to The Daily Newsletter', 'Join 513 other subscribers', 'Suscríbete', 'Abonnez-vous à notre newsletter', 'Подпишитесь на наш канал', 'Подписывайтесь на наш канал в Telegram', 'Type your email…',
      'Оформить подписку', 'Оформите подписку, чтобы читать все материалы без ограничений', 'Уже подписаны? Войти', 'Подписка на месяц — 1 ₽', 'далее 599 ₽ в месяц',
      '今すぐ登録（初月無料）', 'ログインする', '有料会員になると、会員限定の有料記事もお読みいただけます。',
      'Try unlimited access', 'Only $1 for 4 weeks', 'Already a subscriber? Sign in', 'Jetzt 4 Wochen für 0,99 € testen', 'Danach 9,99 € monatlich', 'Sie sind bereits Abonnent?', 'Hier anmelden', 'Jederzeit kündbar', 'Alle Artikel auf kreisblatt.de lesen',
      'Este artigo é exclusivo para assinantes', 'Assine para continuar lendo', 'Assinar agora', 'Já é assinante? Entre', 'Você já é assinante? Faça login', 'Masz już subskrypcję? Zaloguj się', 'Al abonnee? Log in', '有料会員の方はログイン', 'Jetzt Newsletter abonnieren', '1€ no primeiro mês', 'Depois, 7,99€/mês. Cancele quando quiser.', '¿Ya eres suscriptor? Inicia sesión',
      'Get unlimited digital access to the Ledger for $1.99 a week for the first 12 weeks. Cancel anytime.', 'Get access to The Harbour Times for as little as Rs 499 a year.', 'Support local journalism', 'Support local journalism. Subscribe today.', 'Independent journalism depends on readers like you. Your subscription funds reporting like this.',
      'Your work email', 'Tu correo electrónico', 'Seu e-mail', 'Votre adresse e-mail', 'La tua email', 'Il tuo indirizzo email', 'Ваш e-mail', 'Introduce tu correo electrónico', 'Entrez votre adresse e-mail'],
    counterExamples: ['Get new posts every week, the editor said in an email to readers.', 'Leave your email below, the form said, and then nothing happened for weeks.', 'He was enjoying this post in Brussels.', 'If you appreciate the view, consider the walk up the hill at dusk.', 'Thanks to the volunteers, the beach was clean by noon.', 'First month of the year saw record sales at the port.', 'The first month of the trial went well, the doctors said.', 'Cancel any plans to travel on Sunday, police urged drivers.', 'He was clear. Subscribe to the plan or leave.', 'The channel has grown fast since March, and its host now asks every viewer at the end of each video to do one thing. Subscribe to it, he says.', 'We hate spam calls, the survey found, and most people block them.', 'Create a free account with the bank, the advert told students.', 'Crie sua conta grátis no aplicativo do banco, orienta o Procon aos aposentados.', 'Readers were notified of new posts by email, the company said.', 'Enter your email address and this blog will send you a password, the scam says.', 'Manage subscriptions carefully, consumer groups advise.', 'Already have a WordPress.com account? the support agent asked, and the caller hung up.',
      'Subscribers to the service complained about the outage for weeks.', 'To read the full report, the committee said, would take a week.', 'Para seguir leyendo el informe hay que pedirlo al ministerio, que no lo ha publicado en su web desde marzo de este año.',
      'Оформить подписку можно на почте до 20 мая, напомнили в ведомстве.', 'Полный текст доклада доступен только депутатам, сообщили в Госдуме.', 'Подписка на журнал подорожала до 599 рублей в месяц, сообщило издательство.',
      '会員になると、割引価格で入場できる。', '残りの文字は後で書くと話した。', 'Get full access to the files, the lawyers argued, was the only fair remedy.', 'Only $1 for 4 weeks was the price the company charged new customers, the regulator said.',
      'Jederzeit kündbar ist der Vertrag nicht, warnt die Verbraucherzentrale.', 'Sie sind bereits Abonnent der Zeitung seit 1970, erzählt das Ehepaar.', 'Weiterlesen mit der Lupe konnte sie erst im Alter von 80 Jahren, erzählt ihre Tochter.', 'Já é assinante do jornal há 40 anos, contou o leitor.',
      'Good journalism depends on readers who care, the professor said.', 'Your subscription fee helps fund the new stadium, the club told members.', 'Support local farmers, the minister urged shoppers on Monday.', 'Tu email fue filtrado en el ataque, advierte el banco.', 'Get access to clean water for $1 a day, the charity urged.', 'Get full access to the building by showing your badge.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'ja', 'pl', 'nl'],
  },
  {
    id: 'newsletter-box',
    kind: 'subscribe',
    description: 'A newsletter box in more languages: its heading, prompt, thanks, confirmation and dismiss lines.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          'newsletter', 'nieuwsbrief', 'boletín', 'jetzt (?:kostenlos )?(?:anmelden|registrieren|abonnieren|bestellen)\\b.*', '(?:zum|für den) newsletter (?:anmelden|registrieren)\\b.*', 'kostenlos (?:anmelden|registrieren|testen)\\b.*',
          "je m'inscris", "inscrivez-vous\\b.*", "s'inscrire à la newsletter.*", 'apúntate\\b.*', 'date de alta\\b.*', 'zapisz się\\b.*', 'subskrybuj\\b.*', 'abonneer\\b.*', 'schrijf je in\\b.*', 'assine já.*',
          '.{0,80}\\b(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter[.!]?', 'stay (?:up to date|informed|in the loop)\\b.{0,80}', 'no,? thanks', 'subscribe no,? thanks', '(?:breaking )?news (?:e-?mails|alerts)', 'get (?:breaking )?news alerts\\b.{0,160}', 'want more (?:stories|articles|news) like this\\?', '(?:want more [\\p{L} ]{1,20}\\? )?join (?:the|our) .{1,60}\\bnewsletter[.!]?', 'click here to (?:get|download) .{1,60}\\bapp\\b.{0,40}', '.{1,80}\\bby clicking here[.!]?', '.{0,100}\\bdelivered (?:through|to) your (?:letterbox|door|doorstep|mailbox)\\b.{0,200}', '.{0,120}\\bdelivered (?:(?:straight )?to your inbox|(?:every|each) (?:weekday|morning|day|week)|weekday mornings|daily)\\b.{0,60}', 'i agree that .{1,60} (?:can|may) (?:send|e-?mail|contact) me\\b.{0,120}',
          // Consent to the newsletter in a sign-up form: "J'accepte de recevoir la newsletter quotidienne".
          "(?:i (?:agree|consent) to receive|j['’]accepte de recevoir|acepto recibir|aceito receber|accetto di ricevere|ich möchte (?:den|die|einen) newsletter|ik wil (?:de|een) nieuwsbrief)\\b.{0,40}\\b(?:newsletters?|e-?mails?|nieuwsbrief|infolettre|boletín|courriels?|offres?|offers)\\b.{0,120}", 'see all newsletters', 'please check the (?:opt-in )?box\\b.{0,120}', 'keep an eye on your inbox\\b.{0,80}', 'there was an error processing your (?:subscription|request)\\.?',
          '(?:get|receive) (?:breaking|the latest) .{0,60}\\b(?:news|updates)\\b.{0,40}\\b(?:and more|delivered|inbox)\\b.{0,60}', 'need more [\\p{L} ]{1,30}\\? subscribe\\b.{0,200}', 'join our .{1,40} (?:forums?|community|discord)\\b.{0,200}', 'get access to .{0,100}\\b(?:subscriptions?|premium)\\b.{0,160}', 'every (?:day|morning|week) we (?:send|e-?mail) .{0,120}',
          "you(?:'ve| have) (?:successfully|succesfully) subscribed.{0,80}", 'thanks? (?:you )?for (?:subscribing|signing up).{0,80}', 'thanks? (?:you )?for reading[^!?.]{0,60}[!.]\\s*(?:subscribe|this post is public|share)\\b.{0,160}',
          // An English box's pitch ("…: the day's top stories, in your inbox before the opening bell"), its consent line and "Sign up here".
          '[^.!?]{0,120}\\b(?:stories|news|headlines|briefing|newsletter|analysis|updates|picks|reads|essentials?)(?![\\p{L}\\p{N}_])[^.!?]{0,100}\\b(?:in|into|to) your inbox(?![\\p{L}\\p{N}_])(?: (?:every|each|before|on|twice|daily|weekly|at|by)(?![\\p{L}\\p{N}_])[^.!?]{0,60})?[.!]?',
          'by (?:signing up|subscribing|registering|creating an account|entering your e-?mail(?: address)?|clicking[^,.]{0,30}|submitting[^,.]{0,30}),? you (?:agree|consent|acknowledge|accept)\\b.{0,200}',
          '.{1,300}[.!?]\\s+(?:sign up|subscribe) (?:here|now|today|for free)[.!]?', 'sign up here[.!]?',
          'нажимая (?:на )?(?:кнопку )?[«"“]?[\\p{L} ]{1,30}[»"”]?,? вы (?:соглашаетесь|принимаете|даёте согласие|даете согласие|подтверждаете)\\b.{0,200}', 'подписываясь(?: на рассылку)?,? вы (?:соглашаетесь|принимаете|даёте согласие|даете согласие)\\b.{0,200}',
          '(?:mit (?:der|ihrer|deiner) anmeldung|mit dem klick auf [^,]{1,30}),? (?:akzeptieren|stimmen|bestätigen) sie\\b.{0,200}', 'ao (?:se )?(?:inscrever|cadastrar|assinar|clicar|registrar)[^,.]{0,40},? (?:você )?(?:concorda|aceita|declara)\\b.{0,200}',
          // An outlet's app and its "Catch all the … News … on <Outlet>" line (Indian business sites).
          '(?:download|get|install) (?:the |our )?(?:free )?(?:[\\p{L}\\p{N}&.\'’-]+ ){0,5}app(?![\\p{L}\\p{N}_])(?: (?:to|for|now|today|and|on)(?![\\p{L}\\p{N}_])(?:[^,;"“”]{0,100}|[^;"“”]{0,160}\\band more))?[.!]?(?:\\s+(?:available|free|download(?:able)?(?: it)?(?: now)?|get it) (?:on|in|for|from|at) (?:the )?(?:ios|android|iphone|ipad|app store|google play|apple|your)(?![\\p{L}\\p{N}_])[^.!?]{0,80}[.!]?)?', 'catch all the (?:[\\p{L}-]+ ){0,3}news(?![\\p{L}\\p{N}_])[^.!?]{0,240}[.!]?(?:\\s+download\\b.{0,160})?', '.{0,80}\\b(?:activation|confirmation) (?:link|e-?mail)\\b.{0,160}',
          'receba (?:em seu|no seu|por) e-?mail.{0,200}',
          // The form's privacy line and the thanks once signed up ("We respect your privacy.", "You are now subscribed", "Merci pour votre inscription !", "Спасибо за подписку!").
          'we respect your privacy[.!]?', 'wir respektieren (?:ihre|deine) privatsphäre[.!]?', 'nous respectons votre vie privée\\s?[.!]?', 'respetamos (?:tu|su) privacidad[.!]?', 'respeitamos (?:a )?(?:sua|tua) privacidade[.!]?', 'rispettiamo la (?:tua|vostra) privacy[.!]?', 'мы уважаем вашу (?:конфиденциальность|приватность)[.!]?', 'szanujemy (?:twoją|twoja|waszą) prywatność[.!]?', 'wij respecteren (?:je|uw) privacy[.!]?',
          "you(?:['’]re| are) (?:now )?subscribed(?: to (?:our|the|this) [^.!?,]{1,60})?[.!]?", '(?:vielen )?dank für (?:ihre|deine) (?:newsletter-)?anmeldung[.!]?', 'merci (?:pour|de) votre inscription(?: à (?:la|notre) newsletter)?\\s?[.!]?', 'vous êtes (?:maintenant |bien )?inscrit(?:e|\\(e\\))?(?: à (?:la|notre) newsletter)?\\s?[.!]?',
          '¡?gracias por (?:suscribirte|tu suscripción|registrarte)[.!]?', '¡?ya estás suscrit[oa](?: a (?:la|nuestra) newsletter)?[.!]?', 'obrigad[oa] por (?:se inscrever|se cadastrar|assinar (?:a )?(?:nossa )?newsletter)[.!]?', 'inscrição (?:realizada|confirmada) com sucesso[.!]?',
          'grazie per (?:esserti|esservi) iscritt[oaie](?: alla (?:nostra )?newsletter)?[.!]?', 'iscrizione (?:avvenuta|completata) con successo[.!]?', 'спасибо за подписку[.!]?', 'вы успешно подписались(?: на (?:рассылку|новости))?[.!]?',
          'dziękujemy za (?:zapisanie się|subskrypcję)(?: do newslettera)?[.!]?', 'bedankt voor (?:je|uw) inschrijving[.!]?', '(?:je bent|u bent) (?:nu )?ingeschreven[.!]?',
          // A newsletter's name as the box's heading, a few words ending in "Newsletter", "Digest" or "Briefing" ("Harbour Sports Newsletter", "The Morning Briefing"), and its schedule ("Every Thursday: …, in one email").
          '(?:the\\s(?!(?:press|intelligence|security|military|safety|media|news)\\s)[\\p{L}\\p{N}&\'’.-]+(?:\\s(?!(?:the|a|an|of|on|in|to|for|at|from|after|before|with|and|or|his|her|their|its|this|that|press|intelligence|security|military|safety|media)\\s)[\\p{L}\\p{N}&\'’.-]+){0,2}|(?!(?:the|a|an|of|on|in|to|for|at|from|after|before|with|and|or|his|her|their|its|our|this|that|press|news|intelligence|security|military|safety|media)\\s)[\\p{L}\\p{N}&\'’.-]+(?:\\s(?!(?:the|a|an|of|on|in|to|for|at|from|after|before|with|and|or|his|her|their|its|this|that|press|intelligence|security|military|safety|media)\\s)[\\p{L}\\p{N}&\'’.-]+){0,3})\\s(?:newsletter|digest|briefing)',
          '(?:every|each) (?:day|morning|evening|weekday|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\s?[:—–-]\\s[^.!?]{0,160}\\bin (?:one|a single) (?:e-?mail|newsletter)[.!]?',
          // A box's one-line pitch in Portuguese and Italian, and the messaging-app channels a portal promotes.
          '(?:a |la )?newsletter (?:diári[ao]|semanal|da manhã|matinal|quotidiana|settimanale|del mattino|diaria|daily|weekly)', '.{0,120}\\b(?:todas as manhãs|todos os dias|diariamente|toda semana|todas as semanas)\\b.{0,60}\\b(?:no seu|em seu|na sua caixa)\\b.{0,40}',
          'receba (?:as |as últimas |mais )?not[ií]cias\\b.{0,80}\\b(?:no seu|em seu|pelo|por|via) (?:e-?mail|whatsapp|telegram|celular)\\b.{0,60}', '(?:\\p{Extended_Pictographic}\\ufe0f?\\s?)?siga (?:o|nosso|o nosso) canal\\b.{0,80}\\bno (?:whatsapp|telegram)\\b.{0,60}', '(?:\\p{Extended_Pictographic}\\ufe0f?\\s?)?siga (?:o|a|os|as) [^.!?]{1,60} n[oa] (?:instagram|whatsapp|telegram|facebook|x|twitter|tiktok|youtube|threads|google news)(?![\\p{L}\\p{N}_])(?: e [^.!?]{1,100})?[.!]?', '(?:\\p{Extended_Pictographic}\\ufe0f?\\s?)?(?:entre|participe) (?:no|do) (?:nosso )?(?:grupo|canal) (?:do|no|de) (?:whatsapp|telegram)\\b.{0,120}', 'clique aqui e (?:entre|participe) (?:no|do) (?:nosso )?(?:grupo|canal)\\b.{0,80}',
          // A Polish box: its heading ("Newsletter Dziennika Rynku"), pitch ("… prosto na Twoją skrzynkę"), field and consent line.
          'newsletter(?: [„"«“]?[\\p{L}\\p{N}.&\'’-]+[”"»]?){1,3}', '.{0,100}\\b(?:do twojej|na twoją|w twojej) skrzyn(?:ki|kę|ce)\\b.{0,60}', '(?:twój|podaj|wpisz(?: swój)?) (?:adres )?e-?mail[\\s:*.…]*', 'zapisując się,? (?:do newslettera,? |na newsletter,? )?(?:akceptujesz|zgadzasz się|wyrażasz zgodę)\\b.{0,200}',
          'iscriviti alla (?:nostra )?newsletter\\b.{0,200}', 'ricevi (?:ogni|gratis|gratuitamente|le (?:ultime )?notizie|la newsletter|il meglio|gli aggiornamenti)\\b.{0,200}', '.{0,160}\\b(?:nella tua casella(?: di posta| e-?mail)?|direttamente (?:nella tua|via) e-?mail)\\b.{0,60}', 'recibe (?:en tu|por) (?:correo|e-?mail).{0,200}', 'recevez (?:chaque|par e-?mail|gratuitement).{0,200}', '(?:erhalten|bekommen) sie .{0,80}(?:postfach|e-?mail|newsletter).{0,120}',
          '[^.!?]{0,120}(?:news|nachrichten|themen|artikel|newsletter|neuigkeiten|tipps|updates|meldungen|wichtigsten|überblick)[^.!?]{0,100}\\b(?:in (?:ihr(?:em)?|dein(?:em)?) (?:e-mail-)?postfach|per e-?mail)[.!]?', 'die abmeldung ist jederzeit möglich\\b.{0,100}',
          // The outlet's app, its notifications and its messaging channels, in more languages ("Baixe o app", "Ative as notificações").
          '(?:turn on|enable|allow) (?:push )?notifications', '(?:push-)?benachrichtigungen (?:aktivieren|einschalten)', 'activer les notifications', 'activa(?:r)? las notificaciones', 'attiva(?:re)? le notifiche', 'ativ(?:e|ar) (?:as )?notificações',
          'включ(?:ить|ите) (?:push-)?уведомления', 'włącz powiadomienia', 'zet meldingen aan', 'meldingen (?:inschakelen|aanzetten)', '(?:プッシュ)?通知を(?:受け取る|オンにする|許可する)',
          '(?:unsere |die )?(?:kostenlose )?app (?:herunterladen|installieren)', 'laden sie (?:sich )?(?:unsere|die) (?:kostenlose )?app herunter', "télécharge[rz]? (?:notre |l['’])application", '(?:descarga|descárgate) (?:nuestra|la) (?:app|aplicación)', "scarica (?:la nostra |l['’])app",
          '(?:baixe|instale) (?:o nosso |nosso |o )?(?:app|aplicativo)',
          "(?:descarga|descárgate|descargue|baixe|instale|télécharge[rz]?|scarica|scaricate|lade dir|скачайте|скачать|pobierz) (?:(?:la|el|o|a|l['’]|nuestra|nuestro|o nosso|a nossa|nosso|nossa|notre|la nostra|die|unsere|наше) ?)?(?:app|aplicación|aplicativo|aplicação|application|appli|applicazione|приложение|aplikację)(?: (?:de|del|do|da|du|de la|di|della|von|der|des) [^.!?,]{1,40}| d['’][^.!?,]{1,40})?[.!]?", 'descarregue a (?:nossa )?aplicação', 'скача(?:йте|ть) (?:наше )?(?:мобильное )?приложение', 'pobierz (?:naszą )?aplikację', 'アプリ(?:を|で)(?:ダウンロード|読む)(?:する)?', '(?:ニュースレター|メルマガ|メールマガジン)(?:に|を)?(?:登録|購読)(?:する)?', '(?:公式)?line(?:公式アカウント)?を?友だち追加(?:する)?',
          '(?:join|follow) (?:our|the) (?:[\\p{L}\\p{N}&.\'’-]+ ){0,3}(?:whatsapp|telegram) (?:channel|group|community)[.!]?', '(?:unser|zum) (?:whatsapp|telegram)-kanal', 'rejoignez (?:notre|la) chaîne (?:whatsapp|telegram)', 'únete a (?:nuestro|el) canal de (?:whatsapp|telegram)', 'unisciti al (?:nostro )?canale (?:whatsapp|telegram)', 'dołącz do (?:naszego )?kanału (?:na )?(?:whatsapp(?:ie)?|telegramie)',
          '(?:receba|receber|recevez|recevoir|ricevi|ricevere|recibe|recibir|ontvang) (?:a |la |nossa |a nossa |notre |nuestra |la nostra |onze )?(?:newsletter|nieuwsbrief|boletín)',
          // A box's pitch: the news every morning by e-mail (no full stop: a sentence saying so is an article's).
          "[^.!?]{0,60}\\b(?:tous les (?:matins|jours|soirs)|chaque (?:matin|jour|soir)) (?:par (?:e-?mail|mail|courriel)|dans votre (?:boîte(?: mail| e-?mail| aux lettres)?|messagerie))!?",
          '[^.!?]{0,60}\\b(?:every|each) (?:morning|day|evening|weekday) (?:by|via|in your) e-?mail!?', '[^.!?]{0,60}\\bcada (?:mañana|día|tarde|semana) en tu (?:correo|bandeja(?: de entrada)?|e-?mail)!?',
          // "Las noticias más importantes del día, en tu mail todas las mañanas."; "… no seu e-mail todas as manhãs."
          '[^.!?]{0,80}\\ben tu (?:correo|mail|e-?mail|casilla|bandeja(?: de entrada)?) (?:todas las|todos los|cada) (?:mañanas?|días?|tardes?|noches?|semanas?)[.!]?',
          '[^.!?]{0,80}\\bno seu (?:e-?mail|correio(?: eletrônico)?|celular) (?:todas as|todos os|toda|cada) (?:manhãs?|dias?|tardes?|noites?|semanas?)[.!]?',
          // Newsletter and app prompts in more languages.
          'iratkozz(?:on|) fel (?:a )?hírlevel[a-zéüöőű]*.{0,80}', 'feliratkozás', 'hírlevél', 'töltse le (?:az |ingyenes )?(?:alkalmazás|applikáció|app)[a-zéáüöőű]*!?',
          'odebírejte (?:náš )?newsletter', 'přihlaste se k odběru (?:newsletteru|novinek)', 'stáhněte si (?:naši )?aplikaci', 'prihláste sa (?:na odber|k odberu) (?:newslettra|noviniek)', 'odoberajte (?:náš )?newsletter', 'stiahnite si (?:našu )?aplikáciu',
          'abonea(?:ză|z)-te(?: la (?:newsletter|newsletterul nostru))?', 'abona[țţ]i-vă(?: la (?:newsletter|newsletterul nostru))?', 'descarcă aplica[țţ]ia', 'абонирайте се(?: за (?:нашия )?бюлетин)?', 'абонирай се', 'изтеглете (?:нашето )?приложени(?:е|ето)',
          'підпишіться на (?:нашу )?розсилку', 'підписатися', 'підписуйтес[ья] на (?:наш )?(?:telegram|телеграм|viber|вайбер|youtube|ютуб)(?:[- ]канал)?', 'завантажте (?:наш )?застосунок',
          'bültenimize abone olun', 'abone ol', 'uygulamamızı indirin', 'prenumerera på (?:vårt )?nyhetsbrev', 'nyhetsbrev', 'ladda ner (?:vår )?app(?:en)?', 'redan prenumerant\\s?\\?.{0,40}',
          'tilmeld dig (?:vores )?nyhedsbrev', 'nyhedsbrev', 'hent (?:vores )?app(?:en)?', 'allerede abonnent\\s?\\?.{0,40}', 'meld deg på (?:vårt )?nyhetsbrev', 'last ned appen(?: vår)?',
          'tilaa uutiskirje(?:emme)?', 'uutiskirje', 'lataa sovellus(?:emme)?', 'oletko jo tilaaja\\s?\\?.{0,40}', 'εγγραφείτε στο newsletter(?: μας)?', 'κατεβάστε την εφαρμογή(?: μας)?',
          'unduh aplikasi(?: [\\w.-]+)?', 'đăng ký nhận bản tin', 'tải ứng dụng(?: [\\w.-]+)?', 'حمّ?ل التطبيق', '下载客户端', '关注我们', '뉴스레터 구독', '구독하기', '앱 다운로드',
        ) +
        ')$',
      'iu',
    ),
    hint: either(
      /newsletter|(?:digest|briefing)$|^(?:every|each) |nieuwsbrief|boletín|tous les (?:matins|jours|soirs)|chaque (?:matin|jour|soir)|(?:every|each) (?:morning|day|evening|weekday)|en tu (?:correo|mail|e-?mail|casilla|bandeja)|no seu (?:e-?mail|correio|celular)|cada (?:mañana|día|tarde|semana)|activation|confirmation|news (?:e-?mail|alert)|click|delivered|^subscribe no|delivered (?:straight |to |every|each|weekday|daily)|inbox|sign up|subscribe|^(?:i agree|please check|keep an eye|there was an error|get |receive |need more|join our|want more|every |jetzt|zum|für den|kostenlos|je m'inscris|inscrivez|s'inscrire|apúntate|date de alta|zapisz|subskrybuj|abonneer|schrijf|assine|stay (?:up|inf|in )|no,? thanks|you(?:'ve| have) succ|thanks? (?:you )?for (?:subscr|sign|reading)|by |нажимая|подписываясь|mit |ao |download|install|catch all|receba|recibe|recevez|erhalten|bekommen|siga|entre|participe|clique|iscriviti|ricevi)|todas as|todos os dias|diariamente|toda semana|nella tua casella|direttamente|skrzyn|^(?:twój|podaj|wpisz)|^zapisując|^\p{Extended_Pictographic}|postfach|per e-?mail|^die abmeldung/iu,
      // The app, notification and channel prompts start with their verb.
      /^(?:turn on|enable|allow|push-|benachrichtigungen|activer|activa(?:r)? las|attiva(?:re)? le|ative |ativar |включ|włącz|zet meldingen|meldingen|プッシュ|通知|laden sie|télécharg|descarga|descárg|descargue|scarica|lade dir|скачать|baixe|instale|descarregue|скача|pobierz|アプリ|rejoignez|únete|unisciti|dołącz|receba|recevez|ricevi|ontvang|ニュースレター|メルマガ|メールマガジン)|^(?:unsere |die )?(?:kostenlose )?app |^(?:join|follow) .{0,40}(?:whatsapp|telegram)|^(?:unser|zum) (?:whatsapp|telegram)|友だち追加/iu,
      // …and the newsletter and app prompts of more languages.
      /privac|privée|privatsphäre|prywatność|конфиденциальн|приватн|subscribed|anmeldung|inscri|inscre|suscri|iscri|inscrição|registrarte|подписк|подписались|zapisanie|subskrypcj|ingeschreven|inschrijving/iu,
      /^(?:iratkozz|feliratkoz|hírlev|töltse le|odebírejte|přihlaste|stáhněte|prihláste|odoberajte|stiahnite|abonea|abona|descarcă|абонира|изтеглете|підпи|завантажте|bültenimize|abone ol|uygulamamızı|prenumerera|nyhetsbrev|nyhedsbrev|ladda ner|redan|tilmeld|hent |allerede|meld deg|last ned|tilaa|uutiskirje|lataa|oletko|εγγραφείτε|κατεβάστε|unduh|đăng ký|tải ứng|حم|下载|关注|뉴스레터|구독|앱 )/iu,
    ),
    longLines: true,
    zone: 'any',
    maxWords: 40,
    examples: ['We respect your privacy.', 'Wir respektieren Ihre Privatsphäre.', 'Nous respectons votre vie privée.', 'Respetamos tu privacidad.', 'Respeitamos a sua privacidade.', 'Rispettiamo la tua privacy.', 'Мы уважаем вашу конфиденциальность.', 'Szanujemy Twoją prywatność.', 'Wij respecteren je privacy.',
      'You are now subscribed', "You're now subscribed to our newsletter!", 'Vielen Dank für Ihre Anmeldung!', 'Merci pour votre inscription !', '¡Gracias por suscribirte!', 'Obrigado por se inscrever!', 'Grazie per esserti iscritto alla newsletter!', 'Спасибо за подписку!', 'Dziękujemy za zapisanie się do newslettera!', 'Bedankt voor je inschrijving!',
      'Newsletter', 'Breaking News Emails', "J'accepte de recevoir la newsletter quotidienne du journal", 'I agree to receive newsletters and offers from the publisher',  'Want more stories like this?', 'Jetzt kostenlos anmelden', "Je m'inscris", 'Apúntate gratis', 'Stay up to date with our team. Subscribe to our newsletter.', 'No thanks', "Recevez chaque matin l'essentiel de l'actualité.", 'Newsletter Diário', 'O essencial da actualidade, todas as manhãs no seu e-mail.', 'Receba as notícias da Gazeta no seu WhatsApp', 'Siga o canal do Jornal no WhatsApp', 'Clique aqui e entre no nosso grupo', 'Iscriviti alla newsletter e ricevi le notizie del giorno', 'Ricevi ogni mattina le notizie più importanti', 'Ogni mattina le notizie più importanti della giornata, direttamente nella tua casella di posta.', 'Newsletter Dziennika Rynku', 'Newsletter „Widnokręgu”', 'Co tydzień najlepsze wywiady i reportaże prosto na Twoją skrzynkę.', 'Twój adres e-mail', 'Twój e-mail', 'Zapisując się, akceptujesz Regulamin i Politykę prywatności.',
      "Markets Morning: the day's top business stories and what to watch on the street, in your inbox before the opening bell.", 'By signing up, you agree to our Terms and Privacy Policy.', 'The UK Morning Briefing newsletter brings you the stories that matter before the markets open. Sign up here.',
      'Thanks for reading The Slow Shelf! Subscribe for free to receive new posts and support my work.', 'Thanks for reading The Slow Shelf! This post is public so feel free to share it.', 'Нажимая «Подписаться», вы соглашаетесь с условиями обработки персональных данных',
      'Download The Harbour Ledger App to get Daily Market Updates.', '📲 Participe do nosso grupo no WhatsApp e receba as notícias da região no seu celular. Clique aqui.', '➡️ Siga a Gazeta no Instagram e fique por dentro das notícias da região', 'Gesund durch die Woche: Jeden Dienstag die wichtigsten Gesundheitsthemen in Ihrem Postfach.', 'Die Abmeldung ist jederzeit möglich. Hinweise zum Datenschutz', 'Turn on notifications', 'Ative as notificações', 'Push-Benachrichtigungen aktivieren', 'Baixe o app', "Téléchargez notre application", "Scarica l'app", 'Скачайте наше приложение', 'Pobierz aplikację', 'Join our WhatsApp channel', 'Rejoignez notre chaîne WhatsApp', 'Receba nossa newsletter', 'Recevoir la newsletter', 'Recibe la newsletter', "L'essentiel de l'actualité tous les matins par email", 'Our best stories every morning by email', 'Las claves del día cada mañana en tu correo', 'Las noticias más importantes del día, en tu mail todas las mañanas.', 'As principais notícias no seu e-mail todas as manhãs.', 'Ontvang onze nieuwsbrief', 'メルマガ登録', '公式LINEを友だち追加', 'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on The Harbour Ledger.',
      'Harbour Sports Newsletter', 'Bytewise Dev Digest', 'The Morning Briefing', "Every Thursday: the week's biggest stories from the harbour, in one email.", 'Download the KTEV 11 News app for breaking news alerts, live streams and more. Available on iOS and Android.', 'Descarga la app de El Diario', 'Baixe o app do Jornal da Serra',
      'Iratkozzon fel hírlevelünkre!', 'Odebírejte náš newsletter', 'Stiahnite si našu aplikáciu', 'Abonează-te la newsletter', 'Абонирайте се за нашия бюлетин', 'Підпишіться на нашу розсилку', 'Bültenimize abone olun', 'Prenumerera på vårt nyhetsbrev', 'Tilmeld dig vores nyhedsbrev', 'Meld deg på vårt nyhetsbrev', 'Tilaa uutiskirje', 'Κατεβάστε την εφαρμογή', 'Unduh aplikasi', 'Đăng ký nhận bản tin', 'حمل التطبيق', '下载客户端', '뉴스레터 구독', 'Redan prenumerant? Logga in'],
    counterExamples: ['We respect your privacy, the company told customers after the breach.', 'You are now subscribed to the council alerts, the text message said.', 'Merci pour votre inscription au club, a écrit le président.', 'Il recevait des menaces tous les jours par email.', 'She wrote to him every morning by email, the court heard.', 'Die Zeitung stellt ihren gedruckten Newsletter für Abonnenten im Mai ein, teilte der Verlag mit.', 'The newsletter, launched in 2019, now has 40,000 readers, the company said.', 'Fake news alerts that land in your inbox can steal passwords, police warned.',
      'By signing up, voters agree to be contacted by the campaign, the law says.', 'Download the app to get the fee waived, the bank told customers.', 'Catch all the fish you can, the news reports told anglers.', 'Siga a estrada até o fim e vire à esquerda no posto, orienta a prefeitura.', 'Die Betrüger landen mit gefälschten Mails in Ihrem Postfach.', 'Thanks for reading the letter aloud, the judge told the clerk.', 'A prefeitura disse que os moradores recebem as notícias pelo rádio todos os dias.', 'Il sindaco riceve ogni mattina i rappresentanti dei comitati in municipio.', 'Zapisując się na kurs, uczestnicy muszą wpłacić zaliczkę, przypomina urząd.', 'Twój adres e-mail trafił do bazy wycieku, ostrzega bank klientów.', 'The press briefing', 'Inside the intelligence briefing', 'Every Thursday, the club sends its results to members in one email.', 'White House press briefing', 'A briefing', 'Download the app to get the fee waived, the bank told customers, and the rest will follow.', 'Baixe o app do banco e cadastre sua senha, orienta o Procon.', 'Join our WhatsApp channel, the minister told party members in a video.', 'Hent appen i butikken, sagde sælgeren.'],
    languages: ['de', 'fr', 'es', 'pt', 'pl', 'nl', 'en', 'it', 'ru', 'ja', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi', 'ar', 'zh', 'ko'],
  },
  {
    id: 'cookie-banner',
    kind: 'cookie',
    description: 'A cookie or consent banner.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          '.{0,60}\\b(?:we|this (?:web)?site|our site|this website) uses? cookies\\b.*',
          '.*\\bcookies?\\b.*\\b(?:website|browser|consent|opt[- ]out|preferences|necessary|functional|analytics|third[- ]party)\\b.*',
          // (Not "Performance" or "Analytics" alone: an article's subheads as often as a consent box's categories.)
          '(?:privacy overview|necessary|non-necessary|always enabled|necessary always enabled|functional|save (?:&|and) accept)', '.{0,40}\\buse of cookies\\b.*', '(?:accept|allow|reject|manage) (?:all )?cookies.*',
          'cookie (?:policy|settings|preferences|notice|consent)[\\s.!]*', 'manage (?:preferences|consent|settings)', 'accept( all)?', '(?:reject|decline|refuse) all', 'we value your privacy', 'your privacy is important to us\\b.{0,400}', 'you can change your (?:choices|preferences|settings|consent) at any time\\b.{0,200}', 'i accept', 'i agree', 'got it!?', 'ok, i understand',
          'by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website).{0,160}', '.{0,40}\\b(?:utilizamos|usamos) cookies\\b.*', 'wir verwenden cookies\\b.*',
          'diese (?:web)?seite verwendet cookies\\b.*', 'nous utilisons des cookies\\b.*', 'ce site utilise des cookies\\b.*', 'мы используем (?:файлы )?cookie.*',
          'этот сайт использует (?:файлы )?cookie.*', 'este site usa cookies\\b.*', 'utilizziamo i cookie\\b.*', 'نستخدم ملفات تعريف الارتباط.*',
          // The same in more languages: the site or "we", the verb, the word.
          '(?:ez a (?:weboldal|honlap|oldal)|weboldalunk) sütiket használ.*', 'sütiket használunk.*', '(?:tento web|tato stránka|tyto stránky|tento web(?:ový)? portál) používá (?:soubory )?cookies?.*', 'používáme (?:soubory )?cookies?.*',
          'táto (?:stránka|webstránka|webová stránka) používa (?:súbory )?cookies?.*', 'používame (?:súbory )?cookies?.*', '(?:acest site|site-ul nostru|acest website) folose[șş]te (?:cookie-uri|cookies|module cookie).*', 'folosim (?:cookie-uri|cookies|module cookie).*',
          '(?:този (?:сайт|уебсайт)|нашият сайт) използва (?:бисквитки|cookies?).*', 'използваме (?:бисквитки|cookies?).*', 'ми використовуємо (?:файли )?cookies?.*', 'цей (?:сайт|вебсайт) використовує (?:файли )?cookies?.*',
          'bu (?:site|sitede|web sitesi|web sitemiz)[^.]{0,40}çerez.*', 'sitemizde çerez.*', '(?:vi använder|den här webbplatsen använder|webbplatsen använder) cookies.*', '(?:vi bruger|denne (?:hjemme)?side bruger|hjemmesiden bruger) cookies.*',
          '(?:vi bruker|dette nettstedet bruker|nettstedet bruker) (?:informasjonskapsler|cookies).*', '(?:käytämme|tämä sivusto käyttää|sivustomme käyttää) evästeitä.*', '(?:χρησιμοποιούμε|αυτός ο ιστότοπος χρησιμοποιεί|ο ιστότοπος χρησιμοποιεί) cookies.*',
          // WordPress.com's cookie widget: "To find out more, including how to control cookies, see here: Cookie Policy".
          '.{0,200}cookie.{0,120}[:：]\\s?(?:cookie policy|cookie-richtlinie|politique relative aux cookies|política de cookies|informativa sui cookie|политика (?:использования )?(?:файлов )?cookie|polityka (?:plików )?cookies?|cookiebeleid)\\.?',
          '(?:situs (?:ini|web ini|kami)|kami) menggunakan cookies?.*', '(?:trang web này|chúng tôi) sử dụng cookies?.*', 'يستخدم (?:هذا )?الموقع (?:ملفات )?(?:تعريف الارتباط|الكوكيز|كوكيز).*', '(?:我们|本网站)使用cookies?.*',
        ) +
        ')$',
      'iu',
    ),
    longLines: true,
    // Cookies named, or a line starting as a consent button or a "by continuing" notice does.
    hint: either(/cook|الارتباط|^(?:by |privacy overview|necessary|non-necessary|always enabled|functional|analytics|performance|save |manage |accept|i accept|i agree|got it|ok, i understand|reject all|decline all|refuse all|we value your privacy|your privacy is|you can change your)/iu,
      // (Where the word is no "cookie", by the notice's first words: the words alone, looked for anywhere, cost four times the rest.)
      /^(?:ez a |weboldalunk|sütiket|този|нашият|използваме|bu |sitemizde|vi bruker|dette nettstedet|nettstedet|käytämme|tämä sivusto|sivustomme|يستخدم)/iu,
    ),
    zone: 'any',
    maxWords: 120,
    examples: ['Reject all', 'We value your privacy', 'Your privacy is important to us. We and our partners use data for personalised ads and content measurement.', 'You can change your choices at any time from the link at the bottom of the page.', 'To find out more, including how to control cookies, see here: Cookie Policy', 'Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Cookie-Richtlinie', 'Pour en savoir davantage, y compris sur la façon de contrôler les cookies, reportez-vous à ce qui suit : Politique relative aux cookies', 'Para obtener más información, incluido cómo controlar las cookies, consulta aquí: Política de cookies', 'Para saber mais, inclusive sobre como controlar os cookies, consulte aqui: Política de cookies', 'Per ulteriori informazioni, anche sul controllo dei cookie, leggi qui: Informativa sui cookie', 'Чтобы узнать больше, в том числе как контролировать файлы cookie, смотрите здесь: Политика использования файлов cookie', 'Aby dowiedzieć się więcej, a także jak kontrolować pliki cookie, przejdź na tę stronę: Polityka cookies', 'Voor meer informatie, onder andere over cookiebeheer, bekijk je hier: Cookiebeleid',
      'We use cookies to improve your experience.', 'Accept all cookies', 'Wir verwenden Cookies', 'Nous utilisons des cookies.', 'Мы используем файлы cookie',
      'Ez a weboldal sütiket használ.', 'Tento web používá soubory cookie.', 'Táto stránka používa súbory cookie.', 'Acest site folosește cookie-uri.', 'Този сайт използва бисквитки.', 'Ми використовуємо файли cookie', 'Bu sitede çerezler kullanılmaktadır.', 'Vi använder cookies', 'Vi bruger cookies', 'Vi bruker informasjonskapsler', 'Käytämme evästeitä', 'Χρησιμοποιούμε cookies', 'Situs ini menggunakan cookie.', 'Trang web này sử dụng cookie.', 'يستخدم هذا الموقع ملفات تعريف الارتباط'],
    counterExamples: ['Reject all amendments, the opposition leader told the chamber.', 'Your privacy is important, the commissioner said in her report.', 'Performance', 'Analytics', 'To find out more about cookies, see the regulator\'s guidance: Cookie Policy and You, published in May.',
      'The bakery sold cookies to raise money for the school.', 'Bu sitede çalışan işçiler greve gitti.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'ar', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi', 'zh', 'pl', 'nl'],
  },
  {
    id: 'consent-button',
    kind: 'cookie',
    description: 'A consent banner button or setting: accept, reject, settings, in many languages.',
    pattern: line(
      alt(
        '(?:alle )?akzeptieren', 'alle ablehnen', 'ablehnen', 'zustimmen', 'alle zustimmen', 'einverstanden', 'nur (?:notwendige|essenzielle|erforderliche) cookies(?: akzeptieren)?', 'cookie-einstellungen', 'datenschutz-einstellungen', 'einstellungen(?: verwalten)?', 'auswahl (?:speichern|bestätigen)',
        '(?:tout )?accepter(?: et (?:fermer|continuer))?', '(?:tout )?refuser', 'continuer sans accepter', 'paramétrer(?: les cookies)?', 'personnaliser', 'gérer (?:mes choix|les cookies|mes préférences|les préférences)', 'gestion des cookies', "j'accepte",
        'aceptar(?: todo| todas(?: las cookies)?| y cerrar)?', 'rechazar(?: todo| todas)?', 'configurar(?: cookies)?', 'configuración de cookies', 'ajustes de cookies', 'acepto',
        'accetta(?: tutti| tutto)?', 'rifiuta(?: tutti)?', 'gestisci (?:le )?preferenze', 'aceitar(?: todos)?', 'rejeitar(?: todos)?', 'gerir preferências',
        'akceptuję(?: i (?:zamykam|przechodzę(?: do serwisu)?))?', 'zaakceptuj(?: wszystkie)?', 'odrzuć(?: wszystkie)?', 'ustawienia (?:plików )?cookie', 'zgadzam się', 'dostosuj', 'ustawienia zaawansowane', 'przejdź do serwisu', '(?:alles )?accepteren', 'weigeren', 'cookie-instellingen',
        'elfogadom', '(?:az )?összes elfogadása', 'mindent elfogadok', 'elutasítom', 'süti ?beállítások', 'souhlasím', 'přijmout (?:vše|všechny)', 'odmítnout (?:vše|všechny)', 'nastavení (?:cookies|souborů cookie)',
        'súhlasím', 'prijať (?:všetko|všetky)', 'odmietnuť (?:všetko|všetky)', 'nastavenia (?:cookies|súborov cookie)', 'accept(?:ă)? toate', 'acceptă', 'refuz', 'setări (?:cookie|cookies|cookie-uri)', 'приемам', 'приеми всички', 'отказвам', 'настройки за бисквитки', 'прийняти(?: все| всі)?',
        '(?:tümünü |çerezleri )?kabul et', 'reddet', 'çerez ayarları', 'godkänn(?: alla)?', 'acceptera(?: alla)?', 'neka(?: alla)?', 'cookie-inställningar', 'accepter(?: alle)?', 'tillad alle', 'afvis(?: alle)?', 'cookie-indstillinger', 'godta(?: alle)?', 'avvis(?: alle)?', 'innstillinger for informasjonskapsler',
        'hyväksy(?: kaikki)?', 'hylkää(?: kaikki)?', 'evästeasetukset', 'αποδοχή(?: όλων)?', 'απόρριψη(?: όλων)?', 'ρυθμίσεις cookies', 'chấp nhận(?: tất cả)?', 'terima semua', 'قبول(?: الكل)?', '모두 동의',
      ),
    ),
    zone: 'any',
    maxWords: 6,
    examples: ['Alle akzeptieren', 'Nur notwendige Cookies', 'Continuer sans accepter', 'Accepter et fermer', 'Aceptar todo', 'Rechazar', 'Accetta tutti', 'Zaakceptuj wszystkie', 'AKCEPTUJĘ I PRZECHODZĘ DO SERWISU', 'Zgadzam się', 'Alles accepteren',
      'Elfogadom', 'Přijmout vše', 'Prijať všetko', 'Acceptă toate', 'Приемам', 'Прийняти все', 'Tümünü kabul et', 'Godkänn alla', 'Tillad alle', 'Godta alle', 'Hyväksy kaikki', 'Αποδοχή όλων', 'Chấp nhận', 'قبول الكل', '모두 동의'],
    counterExamples: ['Die Gewerkschaft will das Angebot nicht akzeptieren, sagte ihr Sprecher am Montag.', 'Elfogadom a döntést, de nem értek vele egyet, mondta a miniszter.', 'Kabul et dedi, ama kimse dinlemedi.'],
    languages: ['de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi', 'ar', 'ko'],
  },
  {
    id: 'external-content',
    kind: 'cookie',
    description: 'The placeholder of blocked external content (a video, map or chart) and its consent controls.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          'externer inhalt', 'externe inhalte', 'empfohlener externer inhalt', '(?:externen )?inhalt (?:anzeigen|laden|aktivieren)', 'contenu externe', 'afficher le contenu', 'contenido externo', 'mostrar contenido', 'contenuto esterno', 'mostra contenuto', 'conteúdo externo', 'treść zewnętrzna', 'externe inhoud', 'external content', '(?:show|load) (?:external )?content',
          '.{0,120}\\b(?:externe[rn]? inhalte?|drittplattformen?|drittanbieter)\\b.{0,300}',
          '(?:ce|cet) (?:contenu|élément) est (?:hébergé|bloqué|proposé|fourni) par.{0,300}', '(?:este|el) contenido (?:de .{1,60} )?(?:no se muestra|está bloqueado|es proporcionado).{0,300}', 'this content is (?:hosted|provided|blocked) by.{0,300}',
          // What a page says in place of what needs scripts.
          // A social post set into the page: its link and its caption line ("A post shared by Name (@handle)").
          '(?:view|see) this (?:post|photo|video|reel|profile) on instagram', '(?:ver|veja) (?:essa|esta|este|esse) (?:foto|publicação|postagem|post|vídeo|reel) no instagram', 'ver esta (?:publicación|foto) en instagram', 'voir cette (?:publication|photo|vidéo) sur instagram', '(?:dieses|diesen) (?:foto|video|beitrag|post) auf instagram ansehen', 'visualizza questo (?:post|contenuto) su instagram',
          '(?:a post shared by|uma publicação compartilhada por|una publicación compartida por|une publication partagée par|ein beitrag geteilt von|un post condiviso da|post udostępniony przez) [^()]{1,60}\\(@[\\w.]{1,40}\\)(?:\\s*.{0,40})?',
          // Its consent line: "Um mit Inhalten aus Instagram zu interagieren …, brauchen wir Ihre Zustimmung."
          '(?:um|to|pour|para|per|aby|om)\\b.{0,60}\\b(?:inhalten?|inhalte|content|contenus?|contenidos?|conteúdos?|contenut[oi]|treś(?:ć|ci)|inhoud)\\b.{0,80}(?:(?:brauchen|benötigen) wir (?:ihre|deine) (?:zustimmung|einwilligung)|we need your (?:consent|permission)|nous avons besoin de votre (?:consentement|accord)|necesitamos (?:tu|su) (?:consentimiento|permiso)|precisamos d[oa] (?:seu|sua) (?:consentimento|autorização)|(?:abbiamo bisogno del|è necessario il) (?:tuo|suo) consenso|potrzebujemy (?:twojej|pana|pani) zgody|hebben we (?:je|jouw|uw) toestemming nodig)[.!]?',
          'this (?:slideshow|video|content|page|gallery|feature|map|chart|embed) requires javascript\\b.{0,100}',
          // A player's or a widget's error in place of what it would show.
          'this video is (?:no longer |not |currently not |currently un|un)available\\b.{0,80}', '(?:sorry, )?this (?:content|video) is not available in your (?:region|country|location)\\b.{0,80}', 'an error (?:has )?occurred\\.?(?: please try again(?: later)?\\.?)?', "(?:we(?:['’]re| are) )?sorry,? (?:this|the) (?:feature|content|video|player) is (?:currently |temporarily )?(?:unavailable|not available)\\.?",
          // "Um Postings zu lesen oder zu verfassen, aktivieren Sie bitte JavaScript.", "Activez JavaScript pour …".
          '.{0,100}\\b(?:aktivieren sie (?:bitte )?javascript|javascript aktivieren|activez (?:le )?javascript|activa (?:el )?javascript|ative o javascript|attiva(?:re)? javascript|включите javascript|włącz javascript)\\b.{0,100}',
          // A consent embed's own lines: "Hier wird ein Inhalt von Instagram angezeigt. …", "Zustimmen und anzeigen".
          'hier (?:wird|würde) ein(?:e[nr]?)? (?:externe[rns]? )?(?:inhalt|beitrag|video) (?:von|aus) .{1,40} angezeigt\\b.{0,200}', '(?:zustimmen|akzeptieren) und (?:anzeigen|laden|abspielen)', '(?:please (?:enable|turn on|switch on) javascript|(?:enable|turn on|switch on) javascript to (?:view|see|use|watch|read|play|receive|get))\\b.{0,120}', 'javascript is (?:disabled|not enabled)(?: in your browser)?\\b.{0,80}',
          // A player's notice: "To view this content, JavaScript must be enabled and Adobe Flash Player must be installed."
          '(?:to (?:view|watch|play|see) this (?:content|video|slideshow|gallery|feature|media)[, ]+)?(?:javascript|(?:adobe )?flash(?: player)?)\\b.{0,60}\\b(?:must|needs to) be (?:enabled|installed)\\b.{0,120}', 'your browser does not support (?:the )?(?:video|audio|html5 video|iframes?)(?: tag| element)?\\b.{0,80}',
        ) +
        ')$',
      'iu',
    ),
    hint: /extern|javascript|flash|this video is|not available in your|an error|unavailable|angezeigt|und (?:anzeigen|laden|abspielen)|browser does not support|drittplattform|drittanbieter|instagram|\(@|zustimmung|einwilligung|consent|consentement|consentimiento|consentimento|consenso|zgody|toestemming|^(?:inhalt|afficher le contenu|(?:ce|cet) (?:contenu|élément) est|mostra|(?:este|el) contenido|(?:show|load) (?:external )?content|this content is|contenu|contenido|contenuto|conteúdo|treść|inhoud)/iu,
    longLines: true,
    zone: 'any',
    maxWords: 80,
    examples: ['This video is no longer available.', 'Sorry, this content is not available in your region.', 'An error occurred. Please try again later.', "We're sorry, this feature is currently unavailable.", 'Um mit Inhalten aus Instagram zu interagieren oder diese darzustellen, brauchen wir Ihre Zustimmung.', 'To view content from YouTube, we need your consent.', 'Pour afficher ce contenu de Twitter, nous avons besoin de votre consentement.', 'Para ver este contenido de Instagram necesitamos tu consentimiento.', 'Para exibir este conteúdo do YouTube, precisamos do seu consentimento.', 'Aby wyświetlić treść z serwisu YouTube, potrzebujemy Twojej zgody.', 'Om deze inhoud van YouTube te bekijken, hebben we je toestemming nodig.',
      'This slideshow requires JavaScript.', 'To view this video, JavaScript must be enabled and Flash Player must be installed.', 'Your browser does not support the video tag.', 'View this post on Instagram', 'Ver essa foto no Instagram', 'Uma publicação compartilhada por Lívia Castanheira (@liviacastanheira)', 'A post shared by Jane Doe (@janedoe)', 'Please enable JavaScript to view the comments.', 'Please turn on JavaScript to receive live updates automatically.', 'Externer Inhalt', 'Inhalt anzeigen', 'Contenu externe', 'Contenido externo', 'Ce contenu est hébergé par YouTube. Pour l\'afficher, vous devez accepter les cookies de ce service.', 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.'],
    counterExamples: ['This video is available on the council website until Friday.', 'An error occurred in the count, the electoral office said, and the result was corrected.', 'To build the bridge on our land, we need your consent, the council wrote to farmers.', 'Um die Inhalte des Gesetzes zu ändern, brauchen wir Ihre Zustimmung im Bundesrat, sagte der Minister.', 'Der Inhalt des Vertrags wurde am Montag veröffentlicht, teilte das Ministerium mit.', 'JavaScript is required for the new portal, which opens in May.', 'A post shared by the mayor on Facebook drew 2,000 comments.', 'Enable JavaScript in the settings menu, the guide says.'],
    languages: ['de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'en'],
  },
  {
    id: 'toc-heading',
    kind: 'navigation',
    description: 'A table of contents: its heading, its show/hide toggle, and its entries, above the body or after its first paragraphs, that the body repeats as subheads.',
    pattern: line(
      alt(
        'inhaltsverzeichnis', 'inhalt', 'table of contents', 'contents', 'sommaire', 'table des matières', 'índice(?: de contenidos)?', 'tabla de contenidos?', 'contenidos', 'indice', 'sommario', 'índice', 'spis treści', 'inhoudsopgave', 'inhoud',
        'afficher ?/ ?masquer', 'ocultar', 'mostrar', '\\[?(?:show|hide|toggle|anzeigen|ausblenden|verbergen|masquer|afficher)\\]?',
        // A review's or a guide's list of its sections: "Jump to:", "Springe zu:", "Aller à :".
        'jump to(?: section)?\\s?:', 'springe? (?:zu|zum abschnitt)\\s?:', 'aller à(?: la section)?\\s?:', 'saltar a(?: la sección)?\\s?:', 'vai a\\s?:', 'ir para\\s?:', 'przejdź do\\s?:',
      ),
    ),
    zone: 'outside',
    maxWords: 5,
    examples: ['Inhaltsverzeichnis', 'Jump to:', 'Springe zu:', 'Aller à :', 'Toggle', '[toggle]', 'Sommaire', 'Índice', 'Table of contents', 'Spis treści', 'Afficher / masquer'],
    counterExamples: ['The index of consumer prices rose by 0.4% in March.', 'Jump to conclusions at your peril.'],
    languages: ['de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'en'],
  },
  {
    id: 'copyright-notice',
    kind: 'legal',
    description: 'A copyright or rights notice, a publisher\'s own line, or a line of legal links.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          '(?:copyright\\s*)?(?:©|ⓒ|\\(c\\)|copyright)\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?.{0,100}',
          // "Copyright ⓒ Outlet. Unauthorised copying and redistribution prohibited" (ko, ja, zh).
          '.{0,100}(?:무단\\s?전재\\s?(?:및|[-·,/]|&)\\s?재배포\\s?금지|무단\\s?복제\\s?(?:및|[-·,/])\\s?재배포\\s?금지|無断(?:転載|転用|複製|複写|使用|掲載)(?:[・、](?:転載|転用|複製|複写|使用|掲載|改変|再配布))*(?:を(?:固く)?禁じ(?:ます|る)|禁止|を禁止(?:します|しています)?|はご遠慮ください)|版权所有|版權所有|未经(?:授权|许可)[^。]{0,20}(?:不得|禁止)(?:转载|轉載)).{0,100}',
          // "Riproduzione riservata ©", "© Riproduzione riservata", a site's name with the sign and the year.
          '(?:©\\s*)?riproduzione riservata(?:\\s*©)?[.!]?', '[\\p{L}\\p{N}][\\p{L}\\p{N} .&«»"\'’-]{0,40}\\s(?:©|ⓒ|\\(c\\))\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\.?',
          '(?:copyright\\s*(?:ⓒ|©)|ⓒ)\\s*[\\p{L}\\p{N}][^.!?]{0,80}(?:[.]\\s*[^.!?]{0,80})?',
          // "Copyright" and a holder's name; a sentence about copyright goes on for more words.
          'copyright\\s+(?:by\\s+)?\\S+(?:\\s+\\S+){0,3}',
          '(?:.{0,100}(?:©|\\(c\\)|copyright|\\d{4}).{0,100}\\s)?(?:all rights reserved|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés|все права защищены|todos os direitos reservados|tutti i diritti riservati|hak cipta dilindungi(?: undang-undang)?|minden jog fenntartva|všechna práva vyhrazena|všetky práva vyhradené|toate drepturile rezervate|всички права запазени|(?:усі|всі) права захищен[іо]|tüm hakları saklıdır|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter forbeholdt|kaikki oikeudet pidätetään|με επιφύλαξη παντός δικαιώματος|όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)|bản quyền thuộc về [^.!?]{1,60})[.!]?(?:\\s*\\d{1,2}\\+)?' +
            // …and the wire's one sentence after it: "This material may not be published, broadcast, rewritten or redistributed."
            '(?:\\s+[^.!?]{0,100}(?:may not be|must not be|reproduc|redistribut|republish|vervielfältig|weiterverbreit|riproduzion|reprodução|reproducción|перепечат|воспроизвед)[^.!?]{0,100}[.!]?)?',
          '(?:(?:terms(?: of (?:use|service))?|privacy(?: policy| notice)?|cookie policy|cookies|accessibility|contact(?: us)?|about(?: us)?|imprint|impressum|datenschutz|aviso legal|mentions légales|política de privacidad|política de privacidade|политика конфиденциальности|sitemap|do not sell my (?:personal )?info(?:rmation)?)\\s*[|•·,/]?\\s*){2,}',
          'privacy policy', 'terms of (?:use|service)', 'terms and conditions', 'term of use', 'do not sell my (?:personal )?info(?:rmation)?',
          'جميع الحقوق محفوظة.*', '.{0,60}جميع الحقوق محفوظة',
          // Vietnamese "Bản quyền © …" and "credit the source when republishing"; Chinese "credit the source when reposting".
          'bản quyền\\s*(?:©|ⓒ).{0,100}', 'ghi rõ nguồn [^.]{0,40}(?:phát hành lại|đăng lại|sử dụng lại|trích dẫn).{0,120}', '(?:[^。，]{0,40}[，,。]\\s*)?转载请注明(?:出处|来源)[。.！!]?',
          // The blog platform's and the theme's credit in the footer ("Proudly powered by WordPress", "Blog at WordPress.com.", "Theme: Twenty Seventeen by WordPress."), in the languages WordPress prints it in.
          '(?:(?:proudly |website |site |blog )?powered by|published with|built with|blog at|create a (?:free )?(?:website|blog)(?: or blog)? (?:at|with)|stolz präsentiert von|präsentiert von|bereitgestellt von|betrieben (?:mit|von)|bloggen auf|(?:fièrement )?propulsé par|blog sur|funciona gracias a|con la tecnología de|blog de|orgulhosamente (?:mantido|criado|desenvolvido) com|com tecnologia|blog no|(?:orgogliosamente )?(?:creato|realizzato|alimentato) (?:con|da)|blog su|(?:гордо )?работает на|сайт работает на|блог на|(?:dumnie )?wspierane przez|blog na|(?:trots )?aangedreven door|mogelijk gemaakt door|blog op) (?:wordpress(?:\\.com|\\.org)?|blogger|drupal|ghost|joomla!?|substack)\\.?',
          "(?:wordpress )?theme(?:\\s?[:：]\\s?[^.!?|:,]{1,40})? by [\\p{L}\\p{N}][\\p{L}\\p{N}&'’.-]*(?: [\\p{L}\\p{N}&'’.-]+){0,3}",
          '(?:theme|thème|tema|тема|motyw|thema)\\s?[:：]\\s?[^.!?|:,]{1,40}\\s(?:par|por|di|da|von|от|autorstwa|door|de)\\s(?:wordpress(?:\\.com|\\.org)?|automattic)\\.?',
          // The publisher's own line under its pages, and the form-protection notice.
          '[\\p{L}\\d .&’\'-]{1,60} is (?:a )?part of [\\p{L}\\d .&’\'-]{1,80}, (?:an? |the )?[\\p{L} -]{0,60}\\b(?:media (?:group|company)|publisher|publishing (?:group|company))\\b.{0,200}', 'this (?:site|page|form) is protected by recaptcha\\b.{0,160}',
          // Where a magazine piece ran in print, and an opinion page's or an adviser's disclaimer.
          '(?:a version of )?this (?:article|story|piece|essay|review|interview) (?:appears|appeared|originally appeared|was (?:originally )?published|ran|will appear) in (?:print|the [^.!?]{0,60}\\b(?:issue|edition))(?![\\p{L}\\p{N}_])[^.!?]{0,80}\\b(?:with|under) the (?:headline|title)\\b.{0,200}',
          '(?:it )?appeared in the [^.!?]{0,40}\\bprint edition as\\s.{1,200}',
          'this is an? (?:(?:opinion|guest|analysis|sponsored) (?:column|piece|article|essay|contribution|post)|op-ed|commentary)[.!](?:\\s.{0,300})?',
          '(?:disclaimer\\s?[:：-]\\s?)?(?:the )?(?:views|opinions)(?: and (?:recommendations|opinions|views))? (?:expressed|made|given|shared|stated)(?: (?:above|here|herein|below|in (?:this|the) (?:article|column|piece|commentary|op-ed|post|blog|story|essay)|by (?:the )?(?:authors?|contributors?|columnists?|writers?|guests?)))? (?:are|is) (?:solely |entirely )?(?:those of (?:the )?(?:individual |respective )?(?:authors?|writers?|columnists?|contributors?|analysts?|experts?|guests?|commentators?)|(?:the (?:author|writer|columnist|contributor)(?:\'s|’s|s\'|s’)?|their|his|her) own)\\b.{0,400}',
          // …and in more languages: "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora", "Мнение автора может не совпадать с позицией редакции".
          'this (?:column|commentary|op-ed|article|piece|essay|post|blog post) (?:does not|doesn[\'’]t) necessarily reflect the (?:opinions?|views?|positions?) of\\b.{0,200}',
          '(?:las |)opiniones (?:expresadas|vertidas|emitidas|contenidas)(?: (?:en|por) (?:est[ea]s? |el |la |los |las )?(?:columnas?|artículos?|textos?|espacios?|secciones?|tribunas?|notas?|autor(?:es|as|a)?|columnistas?|colaborador(?:es|as|a)?))? (?:son|es) (?:de )?(?:la )?(?:exclusiva |única |entera )?(?:responsabilidad )?(?:exclusiva )?(?:de )?(?:sus?|los|las|el|la|quienes? las (?:firma|suscribe)n?) ?(?:autor(?:es|as|a)?|firmantes?|columnistas?|colaborador(?:es|as|a)?)?\\b.{0,300}',
          '(?:el contenido de )?(?:esta|la presente) columna (?:de opinión )?(?:es|son) (?:de )?(?:exclusiva )?responsabilidad\\b.{0,300}',
          '(?:as )?opiniões (?:expressas|emitidas|contidas|manifestadas)(?: (?:neste|nesta|no|na|nos|nas|pel[oa]s?) (?:artigos?|colunas?|textos?|espaços?|blogs?|autor(?:es|as|a)?|colunistas?|articulistas?))? (?:são|é) (?:de )?(?:inteira |exclusiva |total |única )?(?:e )?(?:responsabilidade )?(?:exclusiva )?(?:d[oa]s?|de (?:seus?|suas?)) ?(?:autor(?:es|as|a)?|colunistas?|articulistas?|signatários?)\\b.{0,300}',
          '(?:este|o) (?:texto|artigo|conteúdo) (?:não reflete|não representa) (?:necessariamente )?a (?:opinião|posição|linha editorial) d[oa] [^,;]{1,60}',
          '(?:les )?(?:opinions|propos|idées|points de vue) (?:exprimé(?:e)?s|tenus|développés)(?: (?:dans|par) (?:cet(?:te)?|ce|les?|la|l[\'’]) ?(?:tribunes?|articles?|chroniques?|textes?|billets?|rubriques?|colonnes?|auteur(?:e|s|es)?|contributeur(?:s|rice|rices)?))? (?:n[\'’]engagent que|sont celles? de|relèvent de la (?:seule )?responsabilité de) (?:leurs?|son|sa|ses|l[\'’]|les?) ?(?:auteur(?:e|s|es)?|signataires?|contributeur(?:s|rice|rices)?)\\b.{0,300}',
          '(?:cette|cet|la|le) (?:tribune|article|chronique|texte|billet|opinion|point de vue|contribution) n[\'’]engage que (?:son|sa|ses|leurs?) (?:auteur(?:e|s|es)?|signataires?)\\b.{0,300}',
          '(?:die )?(?:meinung|ansicht|auffassung) (?:des (?:autors|verfassers|gastautors|kolumnisten)|der (?:autorin|verfasserin|gastautorin|autoren|verfasser|kolumnistin)) (?:muss|müssen|kann|deckt sich) nicht (?:zwingend |unbedingt |notwendigerweise |immer )?(?:mit der|der) (?:der )?(?:redaktion|des verlags|meinung der redaktion)\\b.{0,200}',
          '(?![^.!?]{0,100}kommentare)[^.!?]{0,100}\\b(?:gibt|geben|spiegel[nt]|entspricht|entsprechen) nicht (?:unbedingt |zwingend |notwendigerweise |immer |in jedem fall )?(?:die |der )?(?:meinung|ansicht|haltung|position|auffassung|sicht) (?:der redaktion|des verlags)(?: wieder)?\\b.{0,200}',
          '(?:le )?opinioni espresse(?: (?:in questo|nell[\'’]|nel|dal|dall[\'’]|dagli?|dai) ?[\\p{L}\']{1,20}(?: [\\p{L}\']{1,20}){0,2})? (?:sono|rappresentano|riflettono) (?:quelle |esclusivamente |solo |soltanto |unicamente )?(?:dell[\'’]|degli |del |di |delle )?(?:autore|autori|autrice|autrici|firmatari)\\b.{0,300}',
          '(?:l[\'’]articolo|il contenuto|questo articolo|il presente articolo) (?:riflette|esprime|rappresenta) (?:esclusivamente |soltanto |solo )?(?:le opinioni|il pensiero|l[\'’]opinione|il punto di vista) (?:dell[\'’] ?autore|dell[\'’] ?autrice|degli autori)\\b.{0,300}',
          '(?:мнение|точка зрения|позиция) (?:автора|авторов|колумниста|эксперта)(?: [\\p{L} ]{0,40})? (?:может|могут) не совпадать с (?:мнением|позицией|точкой зрения) (?:редакции|издания)\\b.{0,200}',
          'редакция (?:может )?не (?:разделяет|разделять|несет ответственности за|несёт ответственности за)[^.!?]{0,80}(?:мнени|точк|позици)[^.!?]{0,80}автор\\p{L}*.{0,200}',
          // A press release's legal lines: its forward-looking statements (the heading, and the paragraph it opens), the distributor's
          // link to the original and its disclaimer of the content.
          '(?:(?:cautionary|special) (?:note|statement|language|notice) (?:regarding|concerning|about|on|relating to) )?forward[- ]looking (?:statements?|information)(?: (?:and|&) (?:risk factors|cautionary (?:statements?|language)))?(?: disclaimer)?[:.]?',
          '(?:note|notice) (?:regarding|concerning|about|on) forward[- ]looking (?:statements?|information)[:.]?', 'safe harbou?r statement[:.]?',
          '(?:declarações|afirmações) (?:prospetivas|prospectivas|sobre o futuro|futuras)[:.]?', '(?:declaraciones|manifestaciones) (?:prospectivas|a futuro|sobre el futuro|de carácter prospectivo)[:.]?', 'información prospectiva[:.]?',
          '(?:déclarations|énoncés|informations) prospecti(?:ves|fs)[:.]?', 'mise en garde (?:concernant|relative aux|au sujet des) (?:les )?(?:déclarations|énoncés|informations) prospecti(?:ves|fs)[:.]?',
          '(?:(?:hinweis|disclaimer) (?:zu|auf|bezüglich) )?zukunfts(?:gerichtete|bezogene)(?:n)? aussagen[:.]?', '(?:dichiarazioni|informazioni) (?:previsionali|prospettiche)[:.]?', '(?:заявления|утверждения) (?:о будущем|относительно будущего|прогнозного характера)[:.]?', 'прогнозные заявления[:.]?', 'toekomstgerichte verklaringen[:.]?',
          '(?:certain )?(?:statements|information)? ?(?:contained |included |made )?(?:in )?this (?:news |press )?(?:release|announcement|communication|document)[^.]{0,60}\\b(?:contains?|includes?|may contain|constitutes?)(?![\\p{L}\\p{N}_])[^.]{0,60}\\bforward[- ]looking (?:statements?|information)\\b.{0,3000}',
          '(?:this|the) (?:news |press )?release[^.]{0,60}\\b(?:contains?|includes?|may contain)(?![\\p{L}\\p{N}_])[^.]{0,60}\\bforward[- ]looking (?:statements?|information)\\b.{0,3000}',
          '(?:este|o presente) comunicado[^.]{0,80}(?:contém|pode conter|inclui) (?:declarações|afirmações|informações) (?:prospetivas|prospectivas|sobre o futuro)\\b.{0,3000}', '(?:ce|le présent) communiqué[^.]{0,80}(?:contient|peut contenir|comporte) des (?:déclarations|énoncés|informations) prospecti(?:ves|fs)\\b.{0,3000}',
          'diese (?:pressemitteilung|mitteilung|meldung|veröffentlichung)[^.]{0,80}(?:enthält|kann)[^.]{0,40}zukunfts(?:gerichtete|bezogene) aussagen\\b.{0,3000}', '(?:este|el presente) comunicado[^.]{0,80}(?:contiene|puede contener|incluye) (?:declaraciones|información|manifestaciones) (?:prospectivas?|sobre el futuro|a futuro)\\b.{0,3000}',
          '(?:questo|il presente) comunicato[^.]{0,80}(?:contiene|può contenere) (?:dichiarazioni|informazioni) (?:previsionali|prospettiche)\\b.{0,3000}', '(?:настоящий|этот|данный) пресс-релиз[^.]{0,80}(?:содержит|может содержать) (?:заявления|утверждения)[^.]{0,60}будущ\\p{L}*.{0,3000}',
          '(?:view|see) original content(?: to download multimedia)?\\s*[:：]\\s*\\S{0,300}', '(?:originalinhalt anzeigen|originalinhalt ansehen|voir le contenu original|consulter le contenu original|ver (?:el )?contenido original|vea el contenido original(?: aquí)?|ver (?:o )?conteúdo original|veja o conteúdo original(?: em)?|visualizza (?:il )?contenuto originale)(?: (?:pour|para|per|um) [^:]{1,60})?\\s*[:：]\\s*\\S{0,300}',
          '(?:the )?(?:content|contents|information) (?:of|in) this (?:press |news )?(?:release|announcement|communication|notice) (?:is|are) (?:the )?(?:sole|exclusive) responsibility of (?:the )?(?:issuer|issuing (?:company|entity)|company|author|sender)\\b.{0,300}',
          'o conteúdo (?:deste|do presente) (?:comunicado|texto|release)[^.]{0,40}(?:é|são) (?:da |de )?(?:inteira |exclusiva |total )?responsabilidade (?:exclusiva )?(?:da|do) (?:entidade emissora|empresa|emissor|autor|anunciante)\\b.{0,300}',
          'el contenido de (?:este|esta|el presente) (?:comunicado|nota de prensa)[^.]{0,40}es (?:de )?(?:la )?(?:exclusiva |única )?responsabilidad (?:exclusiva )?de (?:la )?(?:entidad emisora|empresa|emisor(?:a)?)\\b.{0,300}',
          'le contenu de (?:ce|cet|ce présent) (?:communiqué|article)[^.]{0,40}(?:relève|est) (?:de )?la (?:seule |entière )?responsabilité de (?:l[\'’]émetteur|son émetteur|la société|l[\'’]entreprise)\\b.{0,300}',
          'für den inhalt (?:der|dieser) (?:pressemitteilung|mitteilung|meldung) (?:ist|zeichnet) (?:allein |ausschließlich )?(?:der|das) (?:herausgeber|emittent|unternehmen|absender|verfasser)(?: ?/ ?(?:herausgeber|emittent))? (?:verantwortlich|allein verantwortlich)\\b.{0,200}',
          'il contenuto (?:di questo|del presente) comunicato[^.]{0,40}è (?:di )?(?:esclusiva |sola )?responsabilità (?:esclusiva )?(?:dell[\'’]emittente|della società|dell[\'’]azienda)\\b.{0,300}',
        ) +
        ')$',
      'iu',
    ),
    hint: either(
      /©|ⓒ|\(c\)|copyright|rights reserved|riproduzione riservata|전재|복제|無断|版权所有|未经|版權所有| is (?:a )?part of |recaptcha|derechos reservados|rechte vorbehalten|droits réservés|права защищены|direitos reservados|diritti riservati|cipta dilindungi|الحقوق محفوظة|^(?:term|privacy|cookie|accessibility|contact|about|imprint|impressum|datenschutz|aviso legal|mentions légales|política de privacidad|политика конфиденциальности|sitemap|do not sell|a version of|this |disclaimer|the views|views|the opinions|opinions)/iu,
      // The rights line in more languages: at the line's start, or after the year (the words looked for anywhere would cost half the rest again).
      /^(?:minden jog|všechna práva|všetky práva|toate drepturile|всички права|усі права|всі права|tüm hakları|alla rättigheter|alle rettighe|kaikki oikeudet|με επιφύλαξη|όλα τα δικαιώματα|bản quyền|ghi rõ nguồn)/iu,
      /\d{4}.*(?:fenntartva|vyhrazena|vyhradené|rezervate|запазени|захищен|saklıdır|förbehållna|forbeholde|pidätetään|δικαιώματος|διατηρούνται|κατοχυρωμένα|thuộc về)/iu,
      /转载请注明/u,
      /print edition as /iu,
      // The blog platform's and the theme's credit.
      /wordpress|blogger|drupal|ghost|joomla|substack|^(?:wordpress )?theme|^(?:thème|tema|тема|motyw|thema)\s?[:：]/iu,
      // The opinion disclaimers and press-release lines of more languages, at the line's start, and the forward-looking words anywhere.
      /^(?:(?:las )?opiniones|el contenido de|esta columna|la presente columna|(?:as )?opiniões|(?:este|o) (?:texto|artigo|conteúdo)|(?:les )?(?:opinions|propos|idées|points de vue)|(?:cette|cet|la|le) (?:tribune|article|chronique|texte|billet|opinion|point de vue|contribution)|(?:die )?(?:meinung|ansicht|auffassung)|(?:le )?opinioni|l['’]articolo|il contenuto|(?:questo|il presente) (?:articolo|comunicato)|мнение|точка зрения|позиция|редакция|cautionary|special|note|notice|safe harbou?r|declara|déclara|afirma|manifesta|informa|énoncés|mise en garde|hinweis|disclaimer|zukunfts|dichiara|заявлени|утверждени|прогноз|toekomst|certain|statements|(?:this|the) (?:news |press )?release|(?:este|o presente|el presente) comunicado|(?:ce|le présent) communiqué|diese|(?:настоящий|этот|данный) пресс|view|see|originalinhalt|voir|consulter|ver |vea|veja|visualizza|(?:the )?(?:content|contents|information) (?:of|in)|o conteúdo|le contenu|für den inhalt)|forward[- ]looking|nicht (?:unbedingt |zwingend |notwendigerweise |immer |in jedem fall )?(?:die |der )?(?:meinung|ansicht|haltung|position|auffassung|sicht)/iu,
    ),
    longLines: true,
    zone: 'any',
    // (A press release's forward-looking statements run to a paragraph of a few hundred words.)
    maxWords: 500,
    examples: ["Appeared in the May 24, 2025, print edition as 'Outlook Lifts Chip Makers'.", 'Proudly powered by WordPress', 'Blog at WordPress.com.', 'Theme: Twenty Seventeen by WordPress.', 'Stolz präsentiert von WordPress', 'Fièrement propulsé par WordPress', 'Funciona gracias a WordPress', 'Orgulhosamente mantido com WordPress', 'Сайт работает на WordPress', 'Dumnie wspierane przez WordPress', 'Trots aangedreven door WordPress', 'Bloggen auf WordPress.com.', 'Blog sur WordPress.com.', 'Blog de WordPress.com.', 'Blog no WordPress.com.', 'Blog su WordPress.com.', 'Блог на WordPress.com.', 'Blog na WordPress.com.', 'Blog op WordPress.com.', 'Thème : Twenty Seventeen par WordPress.', 'Tema: Twenty Seventeen di WordPress.', 'Тема: Twenty Seventeen от WordPress.', 'Motyw: Twenty Seventeen autorstwa WordPress.',
      '© 2024 Outlet Media. All rights reserved.', 'Copyright © 2019 The Paradigm. All Rights Reserved.', 'Copyright ⓒ Hanbit News. 무단전재 및 재배포 금지', '無断転載を禁じます', '記事・写真の無断転載を禁じます。', 'Copyright (C) 2019 中部日報 記事の無断転用を禁じます。', 'Terms of Use | Privacy Policy', 'Alle Rechte vorbehalten', 'Все права защищены', 'Все права защищены. 16+', 'Город 24 © 2019', 'Riproduzione riservata ©', '© RIPRODUZIONE RISERVATA', 'Copyright 2024 Harbour Newswire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', '© 2023 Stadtanzeiger. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.', '© 2024 Городские вести. Все права защищены. Перепечатка без согласия редакции запрещена.',
      'This article appears in the June 2024 issue of Northlight with the headline “Four Children and a Bell”. Subscribe to the magazine.', 'This article appears in the April 2024 print edition with the headline “The Crossing.”',
      "This is an opinion column. The views expressed in this commentary are the author's own and do not necessarily reflect those of the Prairie Standard.",
      'Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of The Harbour Ledger. We advise investors to check with certified experts before taking any investment decisions.',
      'Minden jog fenntartva.', 'Všechna práva vyhrazena.', '© 2024 Vydavateľstvo a.s. Všetky práva vyhradené.', 'Toate drepturile rezervate.', 'Всички права запазени.', 'Усі права захищені.', 'Tüm hakları saklıdır.', 'Alla rättigheter förbehållna.', 'Alle rettigheder forbeholdes.', 'Alle rettigheter forbeholdt.', 'Kaikki oikeudet pidätetään.', 'Με επιφύλαξη παντός δικαιώματος.', 'Hak Cipta Dilindungi Undang-Undang.', 'Bản quyền thuộc về Báo Sông Hồng.', 'Ghi rõ nguồn khi phát hành lại thông tin từ website này.', '本文为原创，转载请注明出处',
      "The views expressed in this column are the author's own.", 'Opinions expressed are those of the author.', 'Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora y no reflejan necesariamente la línea editorial de El Diario.', 'As opiniões expressas neste artigo são de responsabilidade exclusiva do autor.',
      "Les opinions exprimées n'engagent que leur auteur", "Cette tribune n'engage que son auteur.", 'Die Meinung des Autors muss nicht mit der der Redaktion übereinstimmen', 'Die in Gastbeiträgen geäußerten Meinungen geben nicht unbedingt die Meinung der Redaktion wieder.', "Le opinioni espresse sono dell'autore e non riflettono necessariamente la linea della testata.",
      'Мнение автора может не совпадать с позицией редакции.', 'Точка зрения автора может не совпадать с позицией редакции.',
      'Forward-Looking Statements', 'Cautionary Note Regarding Forward-Looking Statements', 'Declarações prospetivas', 'Déclarations prospectives', 'Zukunftsgerichtete Aussagen', 'Dichiarazioni previsionali', 'Declaraciones prospectivas', 'Заявления о будущем',
      'This news release contains forward-looking information within the meaning of applicable securities laws. Forward-looking statements include statements about the timing of the trial and the company\'s plans.', 'View original content to download multimedia: https://www.prnewswire.com/news-releases/northgate-301.html', 'View original content: https://www.prnewswire.com/news-releases/northgate-301.html',
      'O conteúdo deste comunicado é da exclusiva responsabilidade da entidade emissora.', 'The content of this release is the sole responsibility of the issuer.', 'Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.'],
    counterExamples: ['The campaign site was built with WordPress.', 'Powered by WordPress, the site now hosts 40% of the web.', 'Blog at WordPress.com was the first thing she launched.', 'Theme by theme, the report looks at the risks of the plan.', 'Tema: la crisi di governo e le elezioni anticipate',
      'The views expressed at the meeting were those of a small minority, the mayor said.', 'This story ran in the evening edition only after the court lifted the ban.', 'This is an opinion piece that many readers disagreed with.','The court ruled that all rights reserved by the treaty remained in force after the vote.', 'All rights reserved, the lawyer said, so the photos may not be reproduced without a licence.', '写真の無断転載が相次ぎ、同社は対策を検討している。', 'La riproduzione riservata ai soci è stata vietata dal tribunale.', 'Minden jog fenntartva marad a szerződés szerint, közölte az ügyvéd.', 'Ghi rõ nguồn gốc hàng hóa là yêu cầu bắt buộc.', '他说，转载请注明出处是基本的规矩。',
      'Las opiniones expresadas por el ministro son de su exclusiva responsabilidad, dijo el portavoz.', "Les propos tenus par le ministre n'engagent que lui, a dit son entourage.", 'Die Meinung des Ministers muss nicht mit der der Regierung übereinstimmen.', 'Мнение эксперта может не совпадать с позицией министерства, отметили в ведомстве.',
      'Analysts said the forward-looking statements in the filing were too optimistic.', 'The company said its release contained forward-looking statements that may prove wrong.', 'Le opinioni espresse dal ministro sono state criticate dai sindacati.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'ja', 'zh', 'ko', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'vi', 'pl', 'nl'],
  },
  {
    id: 'legal-link',
    kind: 'legal',
    description: 'A footer link of its own: imprint, privacy, terms, accessibility, site map, in many languages.',
    pattern: new RegExp(
      `^(?:(?:${LEGAL_LINKS})\\s*(?:[|•·,/]\\s*(?:${LEGAL_LINKS})\\s*)*)$`,
      'iu',
    ),
    zone: 'outside',
    maxWords: 16,
    examples: ['プライバシーポリシー', '利用規約', '会社概要', 'Impressum', 'Datenschutzerklärung', 'Mentions légales', 'Plan du site', 'Aviso legal', 'Política de privacidad', 'Polityka prywatności', 'Impressum | Datenschutz | AGB | Cookie-Einstellungen',
      'Impresszum', 'Ochrana osobních údajů', 'Politica de confidențialitate', 'Политика за поверителност', 'Gizlilik Politikası', 'Künye', 'Integritetspolicy', 'Privatlivspolitik', 'Personvernerklæring', 'Tietosuojaseloste', 'Πολιτική απορρήτου', 'Pedoman Media Siber', 'Chính sách bảo mật', 'سياسة الخصوصية', '隐私政策', '개인정보처리방침'],
    counterExamples: ['Der Datenschutz spielt bei dem neuen Gesetz eine zentrale Rolle, sagte die Ministerin.', 'Kebijakan privasi perusahaan itu dikritik oleh regulator.'],
    languages: ['de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'en', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi', 'ar', 'zh', 'ko'],
  },
  {
    id: 'consent-notice',
    kind: 'cookie',
    description: 'A consent notice in another language: the site and its partners store cookies or process personal data, with your consent.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          // (A count of partners in it: "We and our 214 partners store and/or access information on a device…")
          '(?:wir und unsere (?:\\d+ )?(?:partner|\\p{L}+)|nous et nos (?:\\d+ )?partenaires|nosotros y nuestros (?:\\d+ )?socios|noi e i nostri (?:\\d+ )?partner|nós e os nossos (?:\\d+ )?parceiros|wij en onze (?:\\d+ )?partners|my i nasi (?:\\d+ )?partnerzy|we and our (?:\\d+ )?(?:partners|vendors)).{0,1200}',
          '.{0,200}\\b(?:cookies?|plików cookie)\\b.{0,400}\\b(?:einwilligung|zustimmung|widerrufen|consentement|consentimiento|consenso|consentimento|toestemming|zgod[aęy]|preferencias|préférences|einstellungen|paramètres|impostazioni|configuración|ustawienia|instellingen|aceptas|acceptez|akzeptieren|accetti|aceitar)\\b.{0,400}',
          '(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt|benutzt) cookies.{0,300}', '(?:ce site|notre site) (?:utilise|emploie) des cookies.{0,300}', '(?:este sitio(?: web)?|esta web|nuestra web) (?:utiliza|usa) cookies.{0,300}',
          'questo sito (?:utilizza|usa) (?:i )?cookie.{0,300}', 'este (?:site|sítio) (?:utiliza|usa) cookies.{0,300}', 'deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies.{0,300}', 'ta strona (?:używa|korzysta z) (?:plików )?(?:cookies?|ciasteczek).{0,300}',
          '(?:utilizamos|usamos) cookies propias.{0,300}', 'wir nutzen cookies.{0,300}',
        ) +
        ')$',
      'iu',
    ),
    hint: /cookie|ciasteczek|^(?:wir und unsere|nous et nos|nosotros y|noi e i|nós e os|wij en onze|my i nasi|we and our)/iu,
    longLines: true,
    zone: 'any',
    maxWords: 160,
    examples: [
      'Wir und unsere Partner speichern und verarbeiten personenbezogene Daten, um Inhalte zu personalisieren. Ihre Einwilligung können Sie jederzeit widerrufen.',
      "Nous et nos partenaires utilisons des cookies pour mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
      'Deze website gebruikt cookies.',
      'Ta strona używa plików cookie.',
      'Ta strona używa ciasteczek. Dowiedz się więcej',
      'We and our 214 partners store and/or access information on a device, such as cookies, and process personal data.',
    ],
    counterExamples: ['Die Datenschutzbehörde prüft, ob das Unternehmen personenbezogene Daten ohne Einwilligung weitergegeben hat.'],
    languages: ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'en'],
  },
  {
    id: 'advertisement-marker',
    kind: 'advertisement',
    description: 'An advertisement: a slot\'s label, a sponsor\'s or affiliate\'s note, a betting notice or a shop\'s button ("$79.99 at …").',
    pattern: new RegExp(`^(?:(?:${ADVERT})${SEP}|.{0,200}\\b(?:affiliate commission|earn (?:a|an affiliate) commission|(?:may|might|could) (?:receive|earn|get) (?:us )?(?:a |an )?(?:small |affiliate )?commission|affiliate links?|(?:this|the) (?:content|article|post|series|story|section|newsletter|podcast|feature|page|video|episode) (?:is|was) (?:paid for and )?(?:sponsored|presented|brought to you) by|(?:may )?(?:get|receive|earn) a (?:small )?share of (?:the )?(?:sale|revenue)|affiliate-links?|provision (?:erhalten|bekommen)|erhalten wir (?:ggf\\. |gegebenenfalls |eventuell )?eine (?:kleine )?provision|liens? (?:affiliés?|d'affiliation|sponsorisés)|enlaces? (?:de afiliados?|afiliados)|links? (?:de afiliados?|di affiliazione|afiliados)|(?:recibir|percevoir|ricevere|receber) una? (?:pequeña |petite |piccola |pequena )?(?:comisión|commission|commissione|comissão)|(?:wpis|artykuł|tekst|post|materiał) (?:może )?zawiera(?:ć)? link(?:i|ów)? (?:afiliacyjn|partnersk|reklamow)\\p{L}*)\\b.{0,200}|.{0,60}(?:アフィリエイト(?:リンク|広告|プログラム)?|プロモーション|広告)(?:を|が)(?:含み|含ん|含まれ|利用し|使用し|掲載し).{0,60}` +
      // The disclosure Russian law asks of an ad: the advertiser and its tax number, and the ad's token
      // ("Реклама. ООО «…», ИНН 7712345678. erid: 2SDnjcQwE4x").
      `|реклама\\.\\s.{0,160}\\b(?:инн|огрн|ооо|ао|пао|зао|ип)\\b.{0,160}|.{0,240}\\berid\\s?[:：]\\s?[a-z0-9]{5,}\\b.{0,80}` +
      // A shop's button under a product: "$79.99 at Boltmart", "€79 bei Fotomax", "View at Shopline", "Check price at Boltmart".
      `|\\p{Sc}\\s?\\d[\\d,.]*(?:\\s?\\p{Sc})? (?:at|bei|chez|en|em|su|w) [\\p{L}\\p{N}&'’. -]{2,30}|(?:(?:buy|shop|see it|view) (?:now )?(?:at|on)|(?:check|see|view|compare) (?:the )?(?:prices?|deals?|offers?) (?:at|on)) [\\p{L}\\p{N}&'’. -]{2,30}` +
      // A notice to readers who block ads, alone or with what it asks after a full stop.
      `|(?:${ADBLOCK_NOTICE})(?:[.!?…]*|[.!?]\\s+.{1,300}|\\s+to (?:continue|keep|read|view|access|see|support|enjoy)(?![\\p{L}\\p{N}_])[^,;]{0,160}))$`, 'iu'),
    // Two regexes: a start anchor or a phrase starting with the common "a" in one alternation makes
    // the search try every position of a paragraph (900 -> 400 ns a prose line).
    hint: either(
      /^(?:ad|this ad|presented by|sponsored by|brought to you|sponsored|paid|promoted|partner|(?:the )?story continues|(?:the )?article continues|continue reading|skip ad|report this ad|publicidad|anuncio|anzeige|werbung|publicité|реклама|pubblicità|iklan|إعلان|اعلان|pr|pub|広告|スポンサ|广告|廣告|赞助|광고|reklama|materiał|artykuł|treść|dalsza część)/iu,
      // (Words that start sentences too, "Der", "Het", "Continua", only with what follows them in a label.)
      /^(?:weiterlesen nach|lesen sie nach|(?:der )?(?:artikel|text|beitrag) (?:wird|geht) nach|gesponsert|bezahlter|(?:la )?suite (?:de l|après|sous)|l['’]article continue|contenu (?:sponsoris|partenaire|de marque|publicitaire)|sponsoris|(?:la noticia |el artículo |el texto )?(?:continúa|sigue) (?:después|tras|debajo)|sigue leyendo|contenido (?:patrocinado|de marca|publicitario|ofrecido)|patrocinado|(?:l['’]articolo |la notizia |a matéria |a reportagem |a notícia )?continua (?:a leggere|dopo|sotto|depois|após|abaixo)|contenuto (?:sponsor|pubblicit|offerto|in coll)|sponsorizzato|pubbliredazionale|oferecido por|in samenwerking met|continuar a ler (?:depois|após)|conteúdo (?:de marca|patrocinado|publicit)|publieditorial|продолжение (?:после|под)|(?:материал|статья|текст) продолжается|партн[её]рский|на правах|спецпроект|(?:artykuł|tekst|materiał) (?:jest )?kontynuowany|advertentie|lees verder (?:na|onder)|(?:het )?(?:artikel|bericht|verhaal) gaat|gesponsord|partnercontent|記事の?続き)/iu,
      /^(?:hirdetés|reklám|szponzor|támogatott|komerční|sponzorovan|(?:článek|článok|text) pokračuje|komerčný|publicitate|reclamă|advertorial|con[țţ]inut sponsor|articolul continuă|платена|спонсорирано|статията продължава|партнерськ|спецпроєкт|(?:новина|стаття|матеріал) продовжується|reklam|sponsorlu|haberin devamı reklam|annons|sponsrat|artikeln fortsätter|annonce|sponsoreret|artiklen fortsætter|annonse|sponset|artikkelen fortsetter|mainos|kaupallinen|sponsoroitu|artikkeli jatkuu|διαφήμιση|χορηγούμενο|το άρθρο συνεχίζεται|konten bersponsor|scroll|quảng cáo|nội dung tài trợ|محتوى)/iu,
      /commission|sponsored by|taboola|outbrain|revcontent|mgid|^anúncio|^(?:bet now|odds |18\+|please gamble|gamble responsibly)/iu,
      /affiliate.link|share of (?:the )?(?:sale|revenue)|provision|affili|afili|comisi|comiss|partnersk|reklamow/iu,
      /アフィリエイト|プロモーション|広告[をが]|^請繼續往下閱讀|^请继续往下阅读/u,
      /erid/iu,
      /^(?:\p{Sc}|buy |shop |see it |view |check |see the |see price|see deal|see offer|compare )/iu,
      /block|блокир|blokuj|blokad|bloqueador|bloqueur|blocco/iu,
    ),
    longLines: true,
    zone: 'any',
    examples: ['$79.99 at Boltmart', '€79 bei Fotomax', 'View at Shopline', 'Check price at Boltmart', 'Advertisement · Scroll to continue', 'Bet now', 'Odds by Bookmaker. Odds correct at time of publishing and subject to change.', '18+. Please gamble responsibly.', 'Our editors independently select these products. Making a purchase through our links may earn us a commission.', '請繼續往下閱讀...', 'Sponsored by Harbour Bank', 'This content is sponsored by Harbour Bank.', 'Advertisement 2', 'Advertisements', 'Publicités', 'Anuncios', 'Anúncios', 'Reklamy', 'Advertenties', 'Promoted Links by Taboola', 'Recommended by Outbrain',
      'Presented by Graintek Controls', 'Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'This advertisement has not loaded yet, but your article continues below.', 'If you buy something through this post, the site may get a share of the sale.', 'Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.', 'Este artículo contiene enlaces de afiliados.', 'Anzeige', 'Publicidad', 'Реклама', 'إعلان', '広告', 'PR', 'PUB', 'スポンサーリンク', '※本記事にはアフィリエイトリンクを含みます。', '本記事はプロモーションを含みます', '广告', '광고', 'Reklama', 'REKLAMA', 'Materiał sponsorowany', 'Dalsza część artykułu pod materiałem wideo', 'Ten wpis może zawierać linki partnerskie.', 'Ten wpis zawiera link afiliacyjny do książki, którą polecam na końcu.', 'Story continues below', 'Article continues after advertisement', 'Sponsored stories', 'Weiterlesen nach der Anzeige', 'Gesponsert', 'La suite après la publicité', 'Contenu sponsorisé', 'Continúa después de la publicidad', 'Contenido patrocinado', 'Continua a leggere dopo la pubblicità', 'Contenuto sponsorizzato',
      'Continua depois da publicidade', 'CONTINUA APÓS A PUBLICIDADE', 'Conteúdo de marca', 'Продолжение после рекламы', 'Партнёрский материал', 'Artykuł jest kontynuowany pod reklamą', 'Lees verder na de advertentie', 'Gesponsord', '記事の続きは広告の後で', 'Contenuto offerto da', 'Oferecido por', 'Реклама 18+', 'Реклама. ООО «Финансовый Альянс», ИНН 7712345678. erid: 2SDnjcQwE4x', 'Реклама. ИП Кравцов А. Н., ИНН 662400112233. erid: LjN8KXm4a', 'Реклама. ООО «Ставка-Плюс». erid: 4CQwVszH9pc',
      'Hirdetés', 'Komerční sdělení', 'Článek pokračuje pod reklamou', 'Publicitate', 'Платена публикация', 'Партнерський матеріал', 'Reklam', 'Annons', 'Annonce', 'Annonse', 'Mainos', 'Kaupallinen yhteistyö', 'Διαφήμιση', 'Scroll untuk melanjutkan', 'Quảng cáo',
      'Advertisement - Continue Reading Below', "We've noticed you're using an ad blocker", "It looks like you're using an ad blocker. Please consider supporting us by disabling it.", 'Please disable your ad blocker', 'Please disable your ad blocker to continue reading.', 'Ad blocker detected',
      'Bitte deaktivieren Sie Ihren Adblocker', 'Wir haben festgestellt, dass Sie einen Adblocker verwenden.', 'Vous utilisez un bloqueur de publicité', 'Veuillez désactiver votre bloqueur de publicités.', 'Desactiva tu bloqueador de anuncios', 'Parece que estás usando un bloqueador de anuncios.',
      'Desative o seu bloqueador de anúncios', 'Detectamos que você está usando um bloqueador de anúncios.', 'Stai usando un AdBlock', 'Disattiva il tuo ad blocker', 'Пожалуйста, отключите блокировщик рекламы', 'Вы используете блокировщик рекламы', 'Wyłącz AdBlocka', 'Używasz AdBlocka?', 'Je gebruikt een adblocker', 'Schakel je adblocker uit'],
    counterExamples: ['$4 at the door, and children go free.', 'View at dusk from the harbour wall is the best in the county.', 'Odds by the end of the season are that the club will be relegated.', 'Advertisements for the show ran in three newspapers.', 'Recommended by doctors, the vaccine is free for over-65s.', 'Anuncios del Gobierno sobre la sequía llegaron tarde, criticó la oposición.',
      'Advertisement spending fell by a fifth last year.', 'The shortfall at schemes sponsored by FTSE 350 companies stood at £19bn, according to the consultancy.', 'The bill, sponsored by Senator Jane Doe, passed on Tuesday.', '広告の売り上げは前年より2割減った。', 'PR firms were hired by both campaigns.', 'Reklama w telewizji kosztuje coraz więcej, twierdzą analitycy.', 'Sklep wprowadził linki partnerskie dla blogerów, podała spółka.', 'Реклама ООО «Ромашка» нарушала закон, решил суд, и ИНН компании попал в реестр.', 'Маркировку рекламы токеном erid ввели в 2022 году, напомнили в ФАС.', 'Story continues below the fold, the editor joked.', 'Gesponsert wird das Projekt vom Land.', 'A publicidade caiu 10% no trimestre.', 'Continua depois da reunião a votação do orçamento, informou a Câmara.', 'Patrocinado por la alcaldía, el festival vuelve en mayo.', 'Advertentie-inkomsten daalden met 10 procent.', 'Reklam harcamaları yüzde 10 arttı.', 'Mainos maksoi yritykselle miljoonia.', 'Quảng cáo thuốc lá bị cấm trên truyền hình.', 'Διαφήμιση του κόμματος προκάλεσε αντιδράσεις.',
      'You are using an ad blocker, the site told me, and then the page went blank.', 'Desactiva tu bloqueador de anuncios si quieres ver el partido, aconsejan los foros.', 'Sie verwenden einen Werbeblocker, hieß es auf der Seite, und der Text verschwand.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'ja', 'zh', 'ko', 'pl', 'nl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'vi'],
  },
  {
    id: 'comments-marker',
    kind: 'comments',
    description: 'A comments heading, counter or prompt.',
    // Two buttons run together when the page set them side by side ("Reader comments Add your comment").
    // (with a count before or after: "15 » Comments", "Comments 15").
    pattern: line(`(?:\\d+${SEP})?(?:${COMMENTS}|${COMMENT_CONTROLS})(?:${SEP_GAP}(?:${COMMENTS}|${LOGIN}|${COMMENT_ACTIONS}|${CANCEL_REPLY})){0,2}(?:${SEP}\\d+)?${SEP}`),
    maxWords: 24,
    zone: 'any',
    endsBody: true,
    examples: ['コメント 3件', 'Submit your comment here: 0 of 1500 characters', 'Submit your question or comment here:', '0 of 1500 characters', '3개의 댓글이 있습니다.', 'Read comments (12)', 'Kommentare lesen (3 Beiträge)', 'Leave a Reply Cancel reply', 'Wasze komentarze [2]', 'Comments (12)', 'Schreibe einen Kommentar Antworten abbrechen', 'Laisser un commentaire Annuler la réponse', 'Deja una respuesta Cancelar la respuesta', 'Deixe uma resposta Cancelar resposta', 'Lascia un commento Annulla risposta', 'Добавить комментарий Отменить ответ', 'Dodaj komentarz Anuluj pisanie odpowiedzi', 'Geef een reactie Reactie annuleren', 'Save my name, email, and website in this browser for the next time I comment.', 'Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.', 'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.', 'Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.', 'Salvar meus dados neste navegador para a próxima vez que eu comentar.', 'Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.', 'Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.', 'Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.', 'Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer wanneer ik een reactie plaats.', 'Notify me of follow-up comments by email.', 'Benachrichtige mich über nachfolgende Kommentare via E-Mail.', 'Prévenez-moi de tous les nouveaux commentaires par e-mail.', 'Notificarme los nuevos comentarios por correo electrónico.', 'Notifique-me sobre novos comentários por e-mail.', 'Notificami nuovi commenti via e-mail.', 'Уведомлять меня о новых комментариях по email.', 'Powiadom mnie o kolejnych komentarzach poprzez e-mail.', 'Stuur mij een e-mail als er vervolgreacties zijn.', 'This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.', 'Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment les données de vos commentaires sont utilisées.', 'Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los datos de tus comentarios.', 'Este site usa o Akismet para reduzir spam. Saiba como seus dados em comentários são processados.', 'Questo sito utilizza Akismet per ridurre lo spam. Scopri come vengono elaborati i dati derivati dai commenti.', 'Этот сайт использует Akismet для борьбы со спамом. Узнайте, как обрабатываются ваши данные комментариев.', 'Ta strona używa Akismet do redukcji spamu. Dowiedz się, w jaki sposób przetwarzane są dane Twoich komentarzy.', 'Deze site gebruikt Akismet om spam te verminderen. Bekijk hoe je reactie-gegevens worden verwerkt.', 'Comments powered by Disqus',
      'Subscriber comments', '12 thoughts on “Council approves new cycle lanes”', 'One thought on “A weekend in Porto”', '3 Gedanken zu „Radwege in der Innenstadt“', '5 réflexions sur « Le marché du samedi »', '2 comentarios en «La nueva línea de metro»', '4 comentários em “Horta comunitária no bairro”', '7 комментариев к записи «Новый мост»', '3 komentarze do „Nowy most na Wiśle”', 'Reader discussion', 'Comments', '12 comments', 'Visitor comments Add your comment', 'Comentarios 15', '15 » Comentarios ¿Quieres comentar? Entra o regístrate', 'Responder Citar mensaje', 'Flag as Offensive', 'Leave a Reply', 'Join the conversation', 'Kommentare', 'Комментарии', 'تعليقات', 'Komentarze (58)', 'Skomentuj (31)', '27 komentarzy', 'Pokaż więcej komentarzy', 'Reacties',
      'Load more comments', 'Be the first to comment!', 'You must be logged in to post a comment.', 'Alle Kommentare anzeigen', 'Die Kommentarfunktion wurde für diesen Artikel deaktiviert.', 'Soyez le premier à commenter', 'Voir les commentaires', 'Sé el primero en comentar', 'Los comentarios están cerrados.',
      'Sii il primo a commentare', 'Commenti (12)', 'Deixe seu comentário', 'Seja o primeiro a comentar!', 'Charte de modération', 'Meld misbruik', 'Оставьте комментарий', 'Комментариев пока нет', 'Napisz komentarz', 'Brak komentarzy', 'Wees de eerste om te reageren', 'Reacties (12)', 'コメントを書く', '12件のコメント', 'コメント（3件）', '返信',
      'Hozzászólások (12)', 'Legyen Ön az első, aki hozzászól!', 'Komentáře', 'Přidat komentář', 'Komentáre (12)', 'Comentarii', 'Lasă un comentariu', 'Коментари', 'Коментарі', 'Залишити коментар', 'Yorumlar', 'İlk yorumu siz yapın', 'Kommentarer', 'Skriv en kommentar', 'Kommentit', 'Σχόλια', 'Tinggalkan Balasan', 'Viết bình luận', 'Bình luận (12)', 'اترك تعليقاً', '发表评论', '댓글',
      'Sort by Newest', 'Sort by Oldest', 'Sort by: Best', 'Sortieren nach: Neueste', 'Trier par : plus récents', 'Ordenar por: más recientes', 'Ordenar por: Mais recentes', 'Ordina per: più recenti', 'Сортировать: сначала новые', 'Sortuj według: najnowsze', 'Sorteer op: nieuwste', 'Upvote', 'Downvote', 'Reply · Report Post', 'Reply Upvote Downvote', 'Report post', 'Antworten · Melden'],
    counterExamples: ['Leave a reply within ten days, the letter said.', 'Cancel reply letters were sent to 400 customers.', 'Save my name, the old man begged the reporter.', 'Notify me of any changes, the minister told officials.', 'Akismet blocked more than 7 billion spam comments last year, the company said.', 'Notifique-me sobre qualquer mudança, pediu o prefeito aos secretários.',
      'One thought on the budget kept the minister awake.', 'A response to “The crisis” was published on Monday.', 'Quote', 'Cita', 'Comments from the minister angered opposition lawmakers.', 'Komentarze ministra wywołały oburzenie opozycji.', 'Nessun commento', 'Aucun commentaire.', 'コメント', 'Commenta la sentenza il presidente della Regione.',
      'Reageren op de kritiek wilde de burgemeester niet.', 'Seja o primeiro a chegar ao estádio, recomenda a polícia.', 'コメントを求められた市長は「検討中だ」と話した。', 'Be the first to comment on the plan, the mayor told residents.', 'Коментарі міністра обурили опозицію.', 'Yorumlar üzerine bakan açıklama yaptı.', 'Σχόλια έκανε και ο πρωθυπουργός για το θέμα.', 'Svar', 'Válasz', 'Trả lời', 'Bình luận', '评论', 'Diskuse',
      "Players can upvote and downvote the proposals, the app's founder said.", 'Sort by newest first, the archivist told the volunteers.', 'Sortieren nach Neuesten müssen die Mitarbeiter die Akten selbst.', 'Report', 'Newest first', 'Report post-mortem findings to the coroner, the guidance says.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'pl', 'nl', 'ja', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'vi', 'zh', 'ko'],
  },
  {
    id: 'comment-policy',
    kind: 'comments',
    description: 'The rules of a comments section: be respectful, comments are moderated, comments are for subscribers only.',
    pattern: new RegExp(
      '^(?:.{0,100}\\b(?:comments?|commenters?|comentários?|comentarios?|commentaires?|kommentare?|commenti|komentarze|komentarzach|комментари\\p{L}*|hozzászólás\\p{L}*)\\b.{0,240}(?:\\bmoder(?:at|ier)\\p{L}*|\\bbe respectful|\\b(?:open|available|reserved|limited|restricted) (?:only )?to (?:our )?(?:[\\p{L}-]+ )?(?:subscribers|members|registered users)(?=(?: only)?[.!]?(?:$| ))(?! of)|réservés? aux (?:abonnés|membres)|reservados? (?:a|para) (?:los )?(?:suscriptores|socios)|nur für (?:abonnenten|mitglieder)|\\brespeito|\\brespeto|\\brespectueux|\\brespektvoll|não serão (?:aprovados|publicados)|will not be (?:approved|published)|no serán (?:aprobados|publicados)|ne seront pas (?:publiés|approuvés)|nicht freigeschaltet|(?:de |da |é de |são de )?(?:inteira |exclusiva |total |única )?responsabilidade (?:exclusiva )?(?:de seus|dos seus|dos|de) (?:respectivos )?(?:autores|leitores|internautas)|(?:son )?(?:de )?(?:exclusiva )?responsabilidad (?:exclusiva )?de (?:sus|los) (?:autores|lectores)|(?:sole )?responsibility of (?:their|the) (?:authors|posters|commenters)|não (?:representam|refletem) (?:necessariamente )?a opinião (?:deste|desta|do|da) (?:site|portal|jornal|blog|página|redação|veículo)|(?:do not|don\'t) (?:necessarily )?(?:reflect|represent) (?:the )?(?:views?|opinions?|position) of .{0,40}\\b(?:site|website|newspaper|publication|editors?|editorial|paper|network|portal|station|magazine|blog)|geben nicht (?:unbedingt |zwingend )?die (?:meinung|ansicht|haltung) (?:der redaktion|des verlags|von [\\p{L}.-]+)|ne (?:reflètent|représentent|engagent) pas (?:nécessairement )?(?:l[\'’]opinion|les opinions|le point de vue|la position) (?:de la rédaction|du (?:site|journal|média))|no (?:reflejan|representan) (?:necesariamente )?(?:la opinión|el punto de vista|la postura) (?:de la redacción|del (?:medio|periódico|diario|sitio|portal)|de este (?:medio|sitio|portal))|non (?:riflettono|rappresentano|rispecchiano) (?:necessariamente )?(?:il punto di vista|l[\'’]opinione|le opinioni|la linea) (?:della redazione|del (?:giornale|sito|portale))|nie (?:odzwierciedlają|wyrażają|są) (?:poglądów|opinii|stanowiska|zdania) (?:redakcji|portalu|serwisu)|не (?:отражают|выражают) (?:мнени[ея]|точку зрения|позицию) (?:редакции|сайта|издания)|nem .{0,40}\\b(?:network|portál|oldal|szerkesztőség)\\p{L}* (?:nézeteit|véleményét) tükröz\\p{L}*)\\b.{0,300}|(?:please )?keep (?:your |all )?comments (?:civil|respectful|clean|on[- ]topic)\\b.{0,300}|.{0,100}(?:\\bmoder(?:at|ier)\\p{L}*|\\bbe respectful)\\b.{0,240}\\b(?:comments?|commenters?|comentários?|comentarios?|commentaires?|kommentare?|commenti)\\b.{0,300}' +
        // Arabic: comments reviewed before they are published; the views in the comments are not the site's.
        '|.{0,100}(?:مراجعة التعليقات قبل نشرها|تخضع التعليقات (?:للمراجعة|للإشراف)).{0,300}|(?:الآراء|التعليقات) (?:الواردة|المنشورة) (?:(?:أدناه|هنا) )?لا (?:تعبر (?:بالضرورة )?عن|تمثل(?: بالضرورة)?) (?:رأي|آراء|وجهة نظر|موقف).{0,300})$',
      'iu',
    ),
    // Every such line names comments; few lines do.
    hint: /om+ent|омментари|hozzászól|التعليقات|الآراء/iu,
    longLines: true,
    zone: 'any',
    endsBody: true,
    maxWords: 80,
    examples: ['As you comment, please be respectful of other commenters and other viewpoints.', 'Comments are open to Premium subscribers only. Log in to join the conversation.', 'Les commentaires sont réservés aux abonnés.', 'Los comentarios están reservados a suscriptores.', 'Kommentare sind nur für Abonnenten sichtbar.', 'Comentários ofensivos não serão aprovados pelo moderador.', 'Kommentare werden vor der Freischaltung moderiert.',
      'Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.', 'Los comentarios son responsabilidad exclusiva de sus autores.', 'Comments are the sole responsibility of their authors.',
      'Comments do not necessarily reflect the views of this website.', 'Die Kommentare geben nicht die Meinung der Redaktion wieder.', "Les commentaires ne reflètent pas l'opinion de la rédaction.", 'Los comentarios no reflejan la opinión del medio.',
      'I commenti non riflettono il punto di vista della redazione.', 'Komentarze nie odzwierciedlają poglądów redakcji.', 'Комментарии не отражают мнение редакции.', 'Figyelem! A cikkhez hozzáfűzött hozzászólások nem a portál nézeteit tükrözik.', 'Please keep your comments civil and on topic.',
      'نرحب بمشاركتكم، ويتم مراجعة التعليقات قبل نشرها على الموقع.', 'التعليقات المنشورة لا تمثل بالضرورة رأي الموقع، بل آراء أصحابها.'],
    counterExamples: ['The minister said the comments were not approved by the cabinet and would be withdrawn.', 'Comments on the plan are open to members of the public until Friday, the council said.', 'Комментарии министра не отражают позицию правительства, заявил пресс-секретарь.', "The minister's comments do not reflect the views of the government, his office said.",
      "The minister's comments about civil servants angered the unions.", 'Os comentários do deputado não representam a opinião do partido, disse o líder.', 'The comments were his own responsibility, the minister said.', 'قال الوزير إن التعليقات التي أدلى بها لا تعبر عن موقف الحكومة.', 'طالبت اللجنة بمراجعة التعليقات التي نشرها النائب.'],
    languages: ['en', 'pt', 'es', 'fr', 'de', 'it', 'pl', 'ru', 'hu', 'ar'],
  },
  {
    id: 'comment-header',
    kind: 'comments',
    description: 'The header of a reader comment: a name, a date and "said:" / "says:", or "X commented on"; a forum\'s post header ("Post by X » date") and a reply\'s subject ("Re: …").',
    pattern: new RegExp(
      // A forum's post header and a reply's subject: "Beitrag von jk62 » Mo 10. Mär 2025, 21:48", "Post by jk62 » Mon Mar 10, 2025 9:48 pm", "Re: <the thread's title>".
      String.raw`^(?:(?:beitrag|post|message|mensaje|messaggio|mensagem|сообщение|bericht) (?:von|by|par|por|da|de|от|door) \S.{0,40} » .{4,40}|(?:re|aw|antw) ?: ?\S.{2,150})$|` +
      String.raw`^(?:.{1,80}\s(?:on\s+)?.{0,40}\d{4}.{0,30}\s(?:said|says|wrote|writes|dice|dijo|schrieb|schreibt|a écrit|écrit|пишет|написал|написала|disse|escreveu|kata|قال)\s*:?|.{1,60}\s(?:commented on|replied to|responded to)\s*:?(?:\s.{0,100})?|\S{1,40}(?:\s\S{1,20}){0,2}\s(?:says|said|wrote|dice|schreibt|écrit|пишет):)$`,
      'iu',
    ),
    hint: /said|says|wrote|writes|dice|dijo|schrieb|schreib|écrit|пишет|написал|disse|escreveu|kata|قال|comment|repl|respond| » |^(?:re|aw|antw) ?:/iu,
    zone: 'any',
    endsBody: true,
    maxWords: 24,
    examples: ['Jane Doe on September 12, 2018 at 4:47 pm said:', 'Colin Rust commented on', 'Beitrag von jk62 » Mo 10. Mär 2025, 21:48', 'Post by harbour_fan » Mon Mar 10, 2025 9:48 pm', 'Re: Heat pump cycles all the time in an old house'],
    counterExamples: ['The minister said on Monday that the budget would be published in 2024.', 'Re-elected in 2022, the mayor promised a new harbour wall.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'id', 'ar'],
  },
  {
    id: 'comment-buttons',
    kind: 'comments',
    description: 'The buttons under a reader comment ("Like · Reply"), with its time before them ("12 March 2024 at 19:15 · Reply").',
    pattern: new RegExp(
      String.raw`^(?:(?:like|\d+ likes?|gefällt mir|j['’]aime|me gusta|curtir|mi piace|lubię to!?|нравится|vind ik leuk|いいね！?)|(?:.{0,40}\s)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,3}\s*(?:[hmdwy]|hrs?|mins?|hours?|minutes?|days?|weeks?|months?|years?|std\.?|stunden?|tagen?|heures?|jours?|horas?|días?|dias?|ore|giorni|godz\.?|дн\.?|ч\.?|мин\.?)(?:\s+(?:ago|temu|назад|fa))?))[\s\-–—|•·]+${REPLY_BUTTON}(?:[\s\-–—|•·]+(?:report|melden|signaler|denunciar|segnala|zgłoś|пожаловаться|share|teilen|partager|compartir|condividi|udostępnij))?$`,
      'iu',
    ),
    hint: new RegExp(REPLY_BUTTON, 'iu'),
    zone: 'any',
    endsBody: true,
    maxWords: 16,
    examples: ['Like · Reply', 'Like Reply', '12 Likes · Reply', 'Gefällt mir Antworten', 'J’aime · Répondre', 'Me gusta · Responder', 'Curtir · Responder', 'Mi piace · Rispondi', 'Lubię to! · Odpowiedz', 'Нравится · Ответить', '12 March 2024 at 19:15 · Reply', '3 h · Reply', '12.03.2024, 19:15 · Antworten · Melden', 'vor 3 Stunden · Antworten'],
    counterExamples: ['I like to reply to every letter, the author said.', 'At 19:15 the council voted to reply to the ministry within a week.', 'Like the reply from the ministry, the answer came late.'],
    languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'ru', 'nl', 'ja'],
  },
  {
    id: 'author-box',
    kind: 'byline',
    description: 'The heading of an author box after the article ("About the author", "About <Name>", "More by <Name>", "Follow this author"), and a press release\'s "About <Company>" and media-contact headings, in several languages.',
    pattern: new RegExp(
      `^(?:(?:${ABOUT})\\s+(?:${ci('the author|el autor|la autora|o autor|a autora|den autor|die autorin|l\'auteur|l\'autrice|l\'autore|de auteur')})|(?:${ABOUT})\\s+[\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){1,3}|${ci('zum autor|zur autorin|the author|l\'auteur|l\'autrice|el autor|la autora|o autor|a autora|l\'autore|autor|autorin|the authors')}` +
        // A blog's box about its writer ends in its link: "More about me", "En savoir plus sur moi" ("About me" alone is a menu's item too).
        `|${ci('more about me|en savoir plus sur moi|mehr über mich|más sobre mí|mais sobre mim')}` +
        // The links to the author's other pieces and the follow buttons; a press release's "About <Company>" and its contact headings.
        `|(?:${AUTHOR_MORE})\\s+${PERSON}|(?:${AUTHOR_ELIDED})${PERSON}|${AUTHOR_LINKS}|(?:${ABOUT_COMPANY})\\s+(?:l['’])?${COMPANY}|(?:${ABOUT_ELIDED})${COMPANY}|${MEDIA_CONTACT})\\s*:?$`,
      'u',
    ),
    zone: 'any',
    endsBody: true,
    maxWords: 10,
    examples: ['著者プロフィール', 'More about me', 'En savoir plus sur moi', 'この記事の筆者', "L'auteur", 'About the author', 'Sobre Carlos Nadal', 'Über den Autor', "À propos de l'auteur", 'Zum Autor', 'More by Jane Doe', 'More by this author', 'Follow this author', 'View all posts by Jane Doe', 'Mehr Artikel von Sabine Kröger', 'Alle Beiträge von Sabine Kröger', 'Mehr vom Autor',
      'Más columnas de Elena Soler', 'Más artículos de Elena Soler', 'Mais artigos de Rodrigo Alves', 'Suivre cet auteur', 'Tous les articles de Guillaume Darrieux', "Tous les articles d'Anne Morel", 'Du même auteur', 'Altri articoli di Marco Rossi', 'Dello stesso autore', 'Другие колонки автора', 'Все материалы автора', 'Об авторе',
      'Sobre o autor', 'O autorze',
      'Sobre a Altavento', 'Acerca de Northgate', 'Informazioni su Northgate', "À propos d'Altavento", 'À propos de Northgate Cellworks', 'About Northgate Cellworks Inc.', 'Media contact', 'Media contacts:', 'Press contact', 'Investor contact:', 'Contactos para a imprensa', 'Contacto de prensa', 'Contact presse', 'Pressekontakt', 'Ufficio stampa', 'Контакты для прессы'],
    counterExamples: ['About 300 people attended the meeting on Tuesday evening.', 'More by luck than judgement, the team held on.', 'Más artículos de lujo se venden en diciembre que en todo el verano.', 'Tous les articles de la loi ont été adoptés mardi.', 'Altri articoli di legge saranno votati domani.',
      'Mais artigos de opinião serão publicados na próxima semana.', 'Все материалы дела переданы в суд.', 'Sobre a mesa, três propostas aguardavam a votação.', 'Acerca de esto, el ministro no dijo nada.', 'Media contacts with the ministry were cut in May.', 'Ufficio stampa e portavoce hanno smentito la notizia.', 'Meer van Genève'],
    languages: ['en', 'es', 'pt', 'de', 'fr', 'it', 'ru', 'pl', 'nl', 'ja'],
  },
  {
    id: 'author-bio',
    kind: 'byline',
    description: 'A line about the author ("Jane Doe is a reporter for …", "Jane Doe covers city hall for the Courier", "Follow Jane on X @jdoe"), and the newsroom\'s invitations to send tips, letters and corrections, in several languages.',
    // Case matters: a name first, then the role.
    pattern: new RegExp(
      String.raw`^\p{Lu}[\p{L}.'’-]+(?: (?:${PARTICLE} )?\p{Lu}[\p{L}.'’-]+){1,3}(?: \(@\w+\))? (?:(?:is|was|has been) (?:a|an|the)|currently works (?:for|at) [^.]{1,60} as (?:a|an|the)|ist|war|est|était|es|era|é|è) (?:[\p{L}\p{N}-]+ ){0,4}(?:\p{L}+-){0,3}${ROLE}\b.{0,500}$` +
        // "Rachel Ambrose covers city government, housing and development for the Courier.": the beat and the outlet.
        String.raw`|^\p{Lu}[\p{L}.'’-]+(?: (?:${PARTICLE} )?\p{Lu}[\p{L}.'’-]+){1,3} (?:covers|reports on|writes about|writes on) (?!(?:the |a |an |his |her |their |its )?(?:bill|cost|costs|tab|fees?|expenses?|price|damage|losses|repairs?|shortfall|rent)\b)[^.!?]{1,160} for (?:the |The )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,4}\.(?:\s.{0,400})?$` +
        // "Erin Castellano covers city government and schools. Reach her at …": the beat and how to reach them.
        String.raw`|^\p{Lu}[\p{L}.'’-]+(?: (?:${PARTICLE} )?\p{Lu}[\p{L}.'’-]+){1,3} (?:covers|reports on|writes about) [^.!?]{1,160}\. (?:${ci('reach|contact|email|e-mail|write to|follow')}) (?:${ci('him|her|them')}) (?:${ci('at|on|via|by')}) .{1,300}$` +
        // "Jane Doe covers the White House. Since joining the Courier, she has …": the beat and the career.
        String.raw`|^\p{Lu}[\p{L}.'’-]+(?: (?:${PARTICLE} )?\p{Lu}[\p{L}.'’-]+){1,3} (?:covers|reports on|writes about) (?!(?:the |a |an |his |her |their |its )?(?:bill|cost|costs|tab|fees?|expenses?|price|damage|losses|repairs?|shortfall|rent)\b)[^.!?]{1,160}\. (?:${ci('since joining|before joining|prior to joining')})\b.{1,400}$` +
        // "Tom is a developer-turned-journalist who covers …": a first name will do when the role and the beat follow.
        String.raw`|^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} (?:is|was) (?:a|an|the) (?:[\p{L}\p{N}-]+ ){0,4}(?:\p{L}+-){0,3}${ROLE} (?:who|and) (?:covers|writes|reports|has covered|has written)\b.{0,400}$` +
        // "Sabine Kröger ist seit 2011 in der Lokalredaktion der … und schreibt über …".
        String.raw`|^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (?:ist|war|arbeitet) seit (?:\d{4}|\p{L}+ Jahren) [^.!?]{0,120}?(?:[Rr]edaktion|[Rr]essort|[Rr]edakteur|[Rr]eporter|[Kk]orrespondent|[Jj]ournalist|[Vv]olontär|[Kk]olumnist)\p{L}*\b.{0,400}$` +
        // The role first: "Journaliste à L'Écho depuis 2015, Guillaume Darrieux suit …", "Setorista do clube desde 2017, Rodrigo … acompanhou …".
        String.raw`|^(?:${ROLE_FIRST})(?![\p{L}\p{N}_])[^,.!?]{1,100}, \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (?:${BEAT_VERBS})\b.{0,400}$` +
        // Follow the author: "Sigue a Jane Doe en X: @janedoe", "Follow Jane on X @janedoe".
        String.raw`|^(?:${ci('follow|sigue a|siga a|siga|seguí a|folgen sie|folge|suivez|suivre|segui|seguite|volg|obserwuj')}) (?:${PERSON}|${ci('him|her|them|me|la|lo|le|ihr|ihm|ihn|o|a|mich|moi|lui|hem|haar|mnie')}) (?:${ci('on|en|no|na|auf|sur|su|in|op|w')}) (?:${NETWORKS})(?:\s*\(?(?:${ci('formerly twitter|antes twitter|ex-twitter|ehemals twitter|anciennement twitter|ex twitter')})\)?)?\s*[:：]?\s*@[\w.]{2,30}(?:(?:,|\s(?:${ci('and|y|e|et|und|or|en|i')}))?\s(?:(?:${ci('on|en|no|na|auf|sur|su|in|op|w')}) )?(?:${NETWORKS})\s*[:：]?\s*@[\w.]{2,30}){0,3}\.?$` +
        // How to reach the author: an address or handle after "can be reached at" or "Have a tip?".
        String.raw`|^(?:(?:${ci('have a tip|got a tip|got a story|have a story|got a news tip|have a news tip|have something to say|got something to say')})\?|.{0,80}\b(?:may|can) be (?:reached|contacted|emailed)\b).{0,60}(?:@|\d{3}).{0,200}$` +
        // The newsroom's call for tips: "Do you have a story for the … news team?", "Have a news tip or a photo of the flooding? Send it to …".
        String.raw`|^(?:${TIP_QUESTION})(?: (?:${ci('for|about|of|from|that|to share')}) [^?]{1,60}| (?:${ci("you'd like to share|you’d like to share|you would like to share|to tell us about|to share")}))?\?\s*(?:${ci('please ')})?(?:${TIP_REPLY}|[\w.+-]+@[\w.-]+|\+?\d[\d ()-]{6,}).{0,300}$` +
        String.raw`|^(?:${TIP_QUESTION}) ${ci('for')} (?:${ci('the |us |our ')})?[^?]{0,60}(?:${ci('news team|newsroom|news desk|reporters|journalists|editors|news')})\?$` +
        // The author's address: "Contact Jane Doe at jdoe@example.com"; and "Questions? Comments? Email us at …".
        String.raw`|^(?:${ci('contact|email|e-mail|write to|reach')}) (?:${PERSON}|${ci('the author|the writer|the reporter|the columnist|the editor|me|him|her|them')}) (?:${ci('at|on|via')}) [\w.+-]+@[\w.-]+\.\p{L}{2,}\.?$` +
        String.raw`|^["“]?(?:${ci(QUESTIONS)})\?(?: (?:${ci(`${QUESTIONS}|tips`)})\?){0,3}\s*(?:${ci('email us|e-mail us|write to us|contact us|let us know|drop us a line')})\b.{0,100}$` +
        String.raw`|^(?:${ci('email|e-mail|contact|message|text|whatsapp|write to|reach')}) ${ci('us')} (?:${ci('at|on|via|by')}) (?:[\w.+-]+@[\w.-]+\.\p{L}{2,}|\+?\d[\d ()-]{6,}\d)(?:[\s,.;].{0,300})?$` +
        String.raw`|^${ci('we pay for')} (?:${ci('your |good |newsworthy |exclusive ')})?(?:${ci('videos?|photos?|pictures?|stories|story tips|footage|news tips|tips')})(?: ${ci('too|as well')})?[.!]?$|^${ci('send us your')} (?:${ci('news |story |local |breaking ')})?(?:${ci('tips|stories|photos|videos|pictures|news|story ideas|footage')})(?:[^.!?,]{0,80})?(?:[.!](?:\s.{0,300})?)?$` +
        String.raw`|^¿?(?:${ci('tienes|tiene|tenés|usted tiene|has visto|presenciaste|fuiste testigo de')}) (?:(?:${ci('una|alguna|algún|un')}) )?(?:${ci('noticia|denuncia|historia|información|pista|foto|fotografía|vídeo|video|tema|sugerencia|queja')})[^?]{0,60}\?\s*(?:${ci('escríbenos|escribinos|escríbanos|envíanos|envíenos|envíala|envíalo|contáctanos|contáctenos|comunícate|llámanos|mándanos|cuéntanos|mándala|manda|envía|escribe|contacta|comparte')})\b.{0,300}$` +
        String.raw`|^(?:${ci('vous avez|tu as|avez-vous|as-tu')}) (?:(?:${ci('une|des|un')}) )?(?:${ci('info|infos|information|informations|témoignage|photo|photos|vidéo|vidéos|histoire|sujet|scoop|tuyau')})[^?]{0,60}\?\s*(?:${ci('écrivez|contactez|envoyez|partagez|signalez|appelez|écris|contacte|envoie|rendez-vous')})\S*.{0,300}$` +
        String.raw`|^(?:${ci('une info|une information|un témoignage|une histoire|un sujet')}) (?:${ci('à nous')}) (?:${ci('communiquer|transmettre|signaler|partager|raconter|proposer')})\s?\?.{0,300}$` +
        String.raw`|^(?:${ci('haben sie|hast du|habt ihr')}) (?:(?:${ci('einen|eine|ein')}) )?(?:${ci('hinweis|tipp|themenvorschlag|themenidee|geschichte|informationen|foto|fotos|video|videos|bilder|anregung|leserfoto')})[^?]{0,60}\?\s*(?:${ci('schreiben sie|schreib|schreibt|melden sie sich|meldet euch|melde dich|kontaktieren sie|senden sie|schicken sie|rufen sie|teilen sie|mailen sie')})\b.{0,300}$` +
        String.raw`|^(?:${ci('hai|avete|ha')}) (?:(?:${ci('una|delle|un|qualche')}) )?(?:${ci('notizia|segnalazione|storia|foto|video|informazione|informazioni|denuncia')})[^?]{0,60}\?\s*(?:${ci('scrivi|scrivici|scriveteci|invia|inviaci|inviateci|manda|mandaci|contattaci|contattateci|segnala|chiama')})\S*.{0,300}$` +
        // Letters to the editor and opinion pieces: "We welcome your letters. Letters … should be no more than 250 words", "¿Quiere opinar? Escriba una carta al director".
        String.raw`|^(?:${ci('we welcome your letters|we welcome letters|we welcome your views|we welcome your comments and letters')})(?:${ci(' to the editor| on this topic| on this article| on any topic')})?[.!](?:\s.{0,400})?$` +
        String.raw`|^${ci('letters')}(?:${ci(' to the editor')})? (?:${ci('should|must|may')}) (?:${ci('be no more than|be no longer than|be limited to|be under|be fewer than|be a maximum of|be at most|be signed|be typed|be sent|be emailed|be submitted|be addressed|not exceed|include|contain|not be longer')})\b.{0,400}$` +
        String.raw`|^(?:${ci('want to|would you like to|do you want to|interested in|fancy')}) (?:${ci('write|writing|submit|submitting|contribute|contributing')}) (?:(?:${ci('an|a')}) )?(?:${ci('opinion piece|op-ed|guest column|guest essay|column|letter to the editor|letter|commentary|guest post')})(?: [^?]{1,60})?\?(?:\s+(?:Read|Send|Email|E-mail|Submit|Find|See|Click|Here|Learn|Contact|Pitch|Write|Check|Visit|Get|Our|We)\b.{0,300})?$` +
        String.raw`|^[^.!?]{0,120}\b${ci('letters to the editor')}[^.!?]{0,120}[.!]\s+(?:${ci("we'd like|we’d like|we would like|we welcome|please send|please write|please email|send us|email us|write to us|submit")})(?![\p{L}\p{N}_]).{0,300}$|^(?:${ci('we would like to hear what you think|we’d like to hear what you think')})\b.{0,300}$|^${ci('we')}['’]${ci('d like to hear what you think')}\b.{0,300}$` +
        String.raw`|^¿(?:${ci('quiere|quieres|desea|deseas')}) (?:${ci('opinar|participar|comentar|escribir|enviar')})[^?]{0,80}\?\s*(?:${ci('escriba|escribe|escríbanos|escríbenos|envíe|envía|envíenos|envíanos|mande|manda')})\b.{0,300}$` +
        String.raw`|^(?:${ci('escriba|escribe|envíe|envía|mande|manda')}) (?:${ci('una|su|tu')}) ${ci('carta al director')}\b.{0,300}$|^(?:${ci('las cartas|cartas')})(?:${ci(' al director| de los lectores')})? (?:${ci('no deben|deben|no podrán|podrán|no excederán|no pueden')})\b.{0,300}$` +
        String.raw`|^${ci('leserbriefe')} (?:${ci('bitte |gerne ')})?(?:${ci('an|per e-mail an|per mail an|per post an|senden sie an|schicken sie an')})[:\s]+(?:(?:${ci('die |unsere ')})?(?:${ci('leserbriefredaktion|redaktion')})[.!]?|(?:(?:${ci('die |unsere ')})?(?:${ci('leserbriefredaktion|redaktion')})[,:]?\s*)?[\w.+-]+@[\w.-]+\.\p{L}{2,}(?:\s.{0,200})?)$` +
        String.raw`|^(?:${ci('vous souhaitez|vous voulez|envie de')}) (?:${ci('réagir|nous écrire|écrire|contribuer|témoigner|proposer une tribune')})[^?]{0,60}\?\s*(?:${ci('écrivez|envoyez|adressez|contactez|rendez-vous')})\S*.{0,300}$` +
        String.raw`|^(?:${ci('vuoi|volete')}) (?:${ci('dire la tua|scriverci|commentare|segnalare|intervenire|partecipare')})[^?]{0,60}\?\s*(?:${ci('scrivi|scrivete|scriveteci|scrivici|invia|inviaci|manda|mandaci')})\S*.{0,300}$` +
        String.raw`|^(?:${ci('quer|gostaria de|deseja')}) (?:${ci('opinar|comentar|participar|enviar')})[^?]{0,60}\?\s*(?:${ci('escreva|envie|mande|fale')})\b.{0,300}$` +
        // A press release's contact line: "For further information: Media: …".
        String.raw`|^(?:${FURTHER_INFO})(?:${ci(', please contact| please contact| contact|, contact')})?\s*[:：]\s*(?:.{0,80}(?:@|\d{3}|https?:|www\.|\b(?:${ci('media|press|investors?|contact|presse|medien|prensa|imprensa|stampa|сми|прессы')})\b).{0,300})?$` +
        // …and in Russian: "Есть новость? Пишите нам в Telegram".
        String.raw`|^(?:${ci('tem alguma|tem uma|você tem alguma|você tem uma')}) (?:${ci('denúncia|sugestão|informação|notícia|foto|flagrante')})[^?]{0,60}\?\s*(?:${ci('fale|envie|mande|entre em contato|escreva|chame|mande-nos')})\b.{0,200}$` +
        String.raw`|^(?:${ci('есть новость|есть новости|есть тема|есть история|есть информация|стали свидетелем|стали очевидцем')})[^?]{0,40}\?\s*(?:${ci('пишите|напишите|присылайте|пришлите|звоните|сообщите|расскажите')})\b.{0,200}$` +
        // The newsroom's call for tips in Polish: "Masz informacje, zdjęcia lub nagranie? Napisz do nas: …".
        String.raw`|^(?:${ci('masz|byłeś|byłaś|widziałeś|widziałaś')}) [^?]{1,60}\?\s*(?:${ci('napisz do nas|pisz do nas|zadzwoń do nas|skontaktuj się z nami|prześlij je|przyślij je')})\b.{0,200}$` +
        // The call alone, as a link or a box's heading ("Have a tip?", "Send us a tip", "Contact the author", "Hinweis an die Redaktion", "Envíanos tu denuncia").
        String.raw`|^(?:${ci('have a tip|got a tip|have a news tip|got a news tip|haben sie einen hinweis|hast du einen hinweis|haben sie einen tipp|hast du einen tipp|vous avez une info|¿tienes una denuncia|¿tienes una noticia|tem uma denúncia|tem alguma denúncia|hai una segnalazione|есть новость|masz temat|heb je een tip|heeft u een tip')})\s?\?$` +
        String.raw`|^(?:${ci("send us a tip|send us a news tip|send us your tip|send us a story tip|contact the author|contact the reporter|contact the writer|email the author|e-mail the author|email the reporter|hinweis an die redaktion|schicken sie uns einen hinweis|senden sie uns einen hinweis|kontakt zum autor|kontakt zur autorin|autor kontaktieren|autorin kontaktieren|contacter l'auteur|contacter l’auteur|écrire à l'auteur|écrire à l’auteur|envíanos tu denuncia|envíanos tu noticia|envíanos tu información|contactar al autor|contacta con el autor|escribe al autor|envie sua denúncia|envie a sua denúncia|mande sua denúncia|fale com o autor|fale com a autora|segnala una notizia|segnalaci una notizia|contatta l'autore|contatta l’autore|scrivi all'autore|scrivi all’autore|сообщить новость|прислать новость|предложить новость|связаться с автором|написать автору|napisz do autora|napisz do autorki|skontaktuj się z autorem|skontaktuj się z autorką|tip de redactie|neem contact op met de auteur")})` +
        // …and the channel it goes by ("Envie sua denúncia pelo WhatsApp").
        String.raw`(?:\s(?:${ci('by|via|on|per|über|auf|par|sur|por|pelo|pela|no|na|через|в|przez|op')})\s(?:${ci('whatsapp|telegram|signal|sms|e-mail|email|messenger|viber|телеграм|телеграмм')}))?[.!]?$`,
      'u',
    ),
    // Anchored: most lines fail at their first words.
    hint: either(new RegExp(String.raw`^\p{Lu}\S* (?:${PARTICLE} )?\p{Lu}\S*(?: \S+){0,3} (?:is|was|has been|currently works|ist|war|est|était|es|era|é|è) `, 'u'), /be (?:reached|contacted|emailed)|^(?:have|got) (?:a (?:news )?(?:tip|story)|something to say)\?|^(?:masz|byłeś|byłaś|widziałeś|widziałaś|есть|стали|tem|você tem) /iu,
      new RegExp(String.raw`^\p{Lu}\S*(?: (?:${PARTICLE} )?\p{Lu}\S*){1,3} (?:covers|reports on|writes about|writes on|ist seit|war seit|arbeitet seit) | (?:who|and) (?:covers|writes|reports|has covered|has written)(?![\p{L}\p{N}_])|@[\w.]{2}`, 'u'),
      /^(?:journalist|rédact|reporte|correspond|chroniqu|éditorialist|periodist|redact|columnist|cronist|jornalist|repórter|redator|colunist|setorist|giornalist|redattor|redattric|inviat|editorialist|kolumnist|staff writer|журналист|корреспондент|обозревател|колумнист)/iu,
      /^(?:do you have|have|got|you have|email|e-mail|contact|message|text|whatsapp|write to|reach|we pay|send us|¿|tienes|tiene|tenés|usted tiene|has visto|presenciaste|fuiste|vous|tu as|avez-vous|as-tu|une info|un témoignage|une histoire|un sujet|haben sie|hast du|habt ihr|hai |avete|ha |we welcome|letters|want to|would you like|do you want|interested in|fancy|we(?:'|’| woul)|escriba|escribe|envíe|envía|mande|manda|las cartas|cartas|leserbriefe|envie de|vuoi|volete|quer |gostaria|deseja)/iu,
      new RegExp(`^["“]?(?:${QUESTIONS})\\?`, 'iu'),
      /letters to the editor|^(?:for |further|more information|media information|pour |renseignements|weitere|für weitere|para |más información|mais informações|per |дополнительн|за дополнительной|подробная)/iu,
      /^(?:have a|got a|haben sie|hast du|vous avez|¿tienes|tem |hai |есть|masz|heb je|heeft u|send us|contact|e-?mail the|hinweis|schicken sie|senden sie|kontakt|autor|contacter|écrire|envíanos|contacta|contatta|escribe al|envie|mande|fale|segnala|scrivi|сообщить|прислать|предложить|связаться|написать|napisz|skontaktuj|tip de|neem contact)/iu,
    ),
    longLines: true,
    zone: 'any',
    maxWords: 80,
    examples: ['Jane Doe covers the White House. Since joining the Courier in 2012, she has covered economics and energy.', "Do you have a story you'd like to share? Email us at news@harbourpost.example", 'Have a story to share? Write to us at readers@harbourpost.example', 'Jane Doe covers city government and schools. Reach her at jdoe@courier.example or 555-0100.', 'Contact Jane Doe at jdoe@example.com', 'Questions? Comments? Email us at news@example.com', 'Envie sua denúncia pelo WhatsApp', 'Send us a tip via WhatsApp', 'Have a tip?', 'Send us a tip', 'Contact the author', 'Hinweis an die Redaktion', 'Haben Sie einen Hinweis?', "Contacter l'auteur", 'Vous avez une info ?', 'Envíanos tu denuncia', 'Contactar al autor', 'Envie sua denúncia', 'Fale com o autor', 'Segnala una notizia', "Contatta l'autore", 'Сообщить новость', 'Связаться с автором', 'Napisz do autora', 'Masz temat?', 'Tip de redactie', 'Heb je een tip?',
      'Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @janedoe.', 'John Roe can be reached at 555-0100 or jroe@example.com.', 'Phil Helsel is a reporter for NBC News.', 'Jane Doe has been a City News reporter since 2004, covering broadband and phones.', 'John Roe currently works for Daily Tech as a writer.', 'Ann Poe is the business reporter for the Daily Post. You can send her an e-mail; bookmark her page; subscribe to her feed; follow her on the social networks; become a fan; and read her earlier stories, her columns and the answers she gave to readers about banks, rates and the economy.', 'Dallas Robinson is a freelance writer living in Minneapolis', 'Anna Weber ist Redakteurin im Ressort Politik.', 'Marie Dupont est journaliste au service économie.', 'Masz informacje, zdjęcia lub nagranie? Napisz do nas: alarm@example.pl lub zadzwoń: 85 123 45 67',
      'Got a story? Email news@example.com or WhatsApp us on 07700 900461', 'Have something to say? Send us a letter to the editor at letters@example.com. Letters should be no more than 250 words.', 'Есть новость? Пишите нам в Telegram и WhatsApp: +7 900 000-00-00', 'Tem alguma denúncia ou sugestão de pauta? Fale com a redação pelo WhatsApp (35) 99812-4410.',
      'Rachel Ambrose covers city government, housing and development for the Courier.', 'Ana de Souza is a business reporter for the Coast Weekly and is based in Porto.', 'Pieter van Dam covers transport and energy for the Gazette.', 'Tom is a developer-turned-journalist who covers programming languages and open-source tooling.', 'Sabine Kröger ist seit 2011 in der Lokalredaktion der Kreiszeitung und schreibt über Stadtpolitik.',
      "Journaliste à L'Écho depuis 2015, Guillaume Darrieux suit l'actualité économique.", 'Setorista do clube desde 2017, Rodrigo Alves acompanhou três títulos estaduais.', 'Periodista de El Diario desde 2010, Elena Soler cubre política municipal.', 'Giornalista del Corriere dal 2012, Marco Rossi segue la cronaca locale.',
      'Sigue a Jane Doe en X: @janedoe', 'Follow Jane on X @janedoe', 'Folgen Sie Sabine Kröger auf X: @skroeger', 'Suivez Guillaume Darrieux sur X : @gdarrieux',
      'Do you have a story for the BBC news team?', 'Have a news tip or a photo of the flooding? Send it to newstips@example.com or upload it through the app.', 'Email us at tips@example.com or call 020 7946 0000. You can WhatsApp us on 07700 900000. We pay for videos too.', 'We pay for videos too.', 'Send us your news tips',
      '¿Tienes una noticia? Escríbenos a noticias@example.com', 'Vous avez une info ? Écrivez-nous à info@example.fr', 'Haben Sie einen Hinweis? Schreiben Sie uns an hinweise@example.de', 'Hai una notizia? Scrivici a redazione@example.it',
      'We welcome your letters. Letters to the editor should be no more than 250 words and include your name and town.', 'Want to write an opinion piece? Read our guidelines for submissions.', "The Courier is committed to publishing a range of letters to the editor. We'd like to hear what you think about this or any of our stories.",
      '¿Quiere opinar sobre este asunto? Escriba una carta al director a cartas@eldiario.example', 'Leserbriefe an leserbriefe@zeitung.example', 'Leserbriefe an die Redaktion', 'Vous souhaitez réagir ? Écrivez-nous à courrier@example.fr', 'Vuoi dire la tua? Scrivi a lettere@example.it',
      'For further information: Media: Jane Doe, jdoe@example.com', 'Für weitere Informationen: presse@example.de'],
    counterExamples: ['Harbour Insurance covers the repairs. Since joining the scheme, owners pay less.', 'Jane Doe covers the cost of the repairs. Reach her and the council agreed on Monday.', 'Contact tracing at schools ended in March.', 'Send us a tip via WhatsApp, the police urged witnesses of the crash on Monday.', 'Have a tip? the detective asked the barman.', 'Contact the author of the letter, the judge ordered the police.', 'Hinweis an die Redaktion: Der Autor ist mit der Familie verwandt.', 'Envíanos tu denuncia y la investigaremos, dijo la fiscal a los vecinos.', 'Customers can be reached at home by the new service, the company said.', 'Got a story? the editor asked, and the reporter shook her head.', 'Есть новость? — спросил он, входя в кабинет.', 'Tem alguma notícia do filho? – perguntou a vizinha à mãe, que negou com a cabeça.', 'The reporter for the local paper said the council had not replied.', 'Smith said he was a reporter for twenty years before he ran for office.', 'Masz rację, odpowiedział minister, ale budżet na to nie pozwala.', 'Masz dzieci? – zapytał sędzia, a oskarżony pokiwał głową.',
      'Smith covers the cost, the mayor said.', 'Jane Smith covers the bill, the court heard.', 'Jane Doe covers the bill for the Smiths.', 'Send us your photos of the storm, the mayor tweeted.', 'Letters should be short, the editor said.', 'Letters to the editor poured in after the vote. We counted more than 400.', 'Want to write a column? Many people do.', 'The insurance covers repairs for the Smiths.', 'Tom is a developer who moved to Leeds in 2019.', 'Anna Müller ist seit 2011 bei der Stadtverwaltung beschäftigt.',
      'Journaliste au Monde depuis 2010, Jean Dupont a été arrêté à Téhéran en mai.', 'Follow the money, the detective said.', 'Do you have a story? she asked, and he laughed.', 'Have a photo? the guard asked, and we showed our passes.',
      'We welcome letters from residents on the plan, the mayor said.', 'Want to write a novel? Start small, the author advises.', '¿Tienes una noticia? preguntó el vecino, y el alcalde calló.', 'Haben Sie einen Hinweis? fragte der Kommissar den Zeugen.',
      'Leserbriefe an die Zeitung nahmen nach dem Artikel stark zu.', 'For more information, the council will publish a leaflet in May.', 'Weitere Informationen: Die Stadt hat neue Busse bestellt.'],
    languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'ru'],
  },
  {
    id: 'tags-line',
    kind: 'navigation',
    description: 'A "Tags" / "Topics" heading or keyword list.',
    pattern: line(`(?:tags?|labels|related tags|trends|topics?|related topics|suggested topics|keywords|filed under|tagi|tematy|słowa kluczowe|czytaj więcej o|etiquetas|temas|schlagworte|schlagwörter|themen|mots-clés|sujets|тэги|теги|темы|tópicos|assuntos|argomenti|الكلمات المفتاحية|وسوم|(?:この記事の)?タグ|関連(?:キーワード|タグ|ワード)|キーワード|标签|標籤|关键词|關鍵字|태그|키워드|관련 태그|címkék|témák|témata|štítky|tagy|témy|etichete|tag-uri|cuvinte cheie|етикети|тагове|ключови думи|мітки|теми|etiketler|anahtar kelimeler|ämnen|taggar|emner|stikkord|aiheet|avainsanat|tunnisteet|ετικέτες|topik|từ khóa|chủ đề|الوسوم)(?:\\s*[:：]\\s*.{0,300})?|(?:tags|filed under|related items)\\s(?!.*[.!?]$).{1,200}` +
      // "Leia mais sobre: Economia, Inflação": the topic links under a story, after "more about" (not a sentence after the colon).
      `|(?:leia mais sobre|veja mais sobre|saiba mais sobre|mais sobre|lee más sobre|más sobre|en savoir plus sur|plus sur|mehr zu|mehr über|altro su|leggi (?:di più|altro) su|подробнее о|больше о|read more about|more about)\\s*[:：]\\s*(?!.*[.!?]$).{1,300}` +
      // A blog theme's labels before the post's categories and tags, with their colon ("Tagged With: council, cycling", "Abgelegt unter: News").
      `|(?:tagged(?: with)?|abgelegt unter|verschlagwortet(?: mit)?|classé (?:dans|sous)|tagué(?: avec)?|archivado en|etiquetado(?: con)?|arquivado em|marcado com|archiviato in|taggato|geplaatst onder|getagd(?: met)?|метки|рубрик[аи])\\s*[:：]\\s*.{1,300}` +
      // The post's meta line under it: where it was posted, its tags and the comment link ("Posted in Local News | Tagged council, cycling | Leave a comment").
      `|(?:posted in|filed under|veröffentlicht (?:in|unter)|publié dans|publicado en|publicado em|pubblicato in|(?:опубликовано )?в рубрике|рубрика:|opublikowano w(?: kategorii)?|geplaatst in) [^|]{1,100}\\|\\s*(?:(?:tagged(?: with)?|tags?:?|verschlagwortet(?: mit)?|schlagwörter:?|tagué(?: avec)?|marqué avec|étiquettes?\\s?:?|etiquetado(?: con)?|etiquetas:?|marcado com|taggato|contrassegnato con|метки:?|tagi:?|otagowano|getagd(?: met)?)\\s[^|]{1,200}(?:\\|\\s*(?:${WP_COMMENT_LINK})\\s*)?|(?:${WP_COMMENT_LINK})\\s*)` +
      // …and in a sentence that ends in the permalink ("This entry was posted in News and tagged cycling. Bookmark the permalink.", "Dit bericht werd geplaatst in …").
      `|(?:this entry was posted|dieser (?:beitrag|eintrag) wurde|cette entrée a été publiée|esta entrada (?:fue publicada|se publicó|foi publicada)|este (?:post|artigo) foi publicado|questa voce è stata pubblicata|questo (?:articolo|post) è stato pubblicato|(?:эта )?запись (?:была )?опубликована|wpis (?:został )?opublikowany|dit bericht (?:werd|is) geplaatst)\\s.{1,200}\\b(?:permalink|permalien|enlace permanente|link permanente|collegamento permanente|постоянн\\p{L}* ссылк\\p{L}*|odnośnik\\p{L}*)\\b.{0,40}`),
    longLines: true,
    zone: 'any',
    examples: ['Suggested Topics:', 'Labels: broad beans, frost, plot jobs', 'Posted in Local News | Tagged council, cycling | Leave a comment', 'Veröffentlicht unter News | Verschlagwortet mit Radwege | Schreib einen Kommentar', 'Publié dans Actualités | Tagué vélo, mairie | Laisser un commentaire', 'Publicado en Noticias | Etiquetado bicicleta | Deja un comentario', 'Publicado em Notícias | Marcado com bicicleta | 3 comentários', 'Pubblicato in Notizie | Taggato bici | Lascia un commento', 'Рубрика: Новости | Метки: велосипед | Оставить комментарий', 'Opublikowano w Aktualności | Tagi: rower | Dodaj komentarz', 'Geplaatst in Nieuws | Getagd fiets | Geef een reactie', 'This entry was posted in News and tagged cycling, council. Bookmark the permalink.', 'Dieser Beitrag wurde unter News veröffentlicht und mit Radwege verschlagwortet. Setze ein Lesezeichen auf den Permalink.', 'Cette entrée a été publiée dans Actualités, avec comme mot(s)-clef(s) vélo. Vous pouvez la mettre en favoris avec ce permalien.', 'Esta entrada fue publicada en Noticias y etiquetada bicicleta. Guarda el enlace permanente.', 'Esta entrada foi publicada em Notícias e marcada com a tag bicicleta. Adicione o link permanente aos seus favoritos.', 'Questa voce è stata pubblicata in Notizie e contrassegnata con bici. Aggiungi ai segnalibri il permalink.', 'Запись опубликована в рубрике Новости с метками велосипед. Добавьте в закладки постоянную ссылку.', 'Wpis opublikowany w Aktualności i oznaczony tagami rower. Dodaj zakładkę do bezpośredniego odnośnika.', 'Dit bericht werd geplaatst in Nieuws en getagd fiets. Bookmark de permalink.', 'Tagged With: council, cycling', 'Abgelegt unter: News', 'Classé dans : Actualités', 'Archivado en: Noticias', 'Arquivado em: Notícias', 'Archiviato in: Notizie', 'Метки: велосипед, совет',
      'Tags', 'Related Items research facebook psychology', 'Tags Harbour Council Ferry', 'Tags: harbour, ferry, council', 'Schlagworte: Hochwasser', 'Теги: порт, ледокол', 'タグ：地震, 茨城県', 'この記事のタグ', '関連キーワード', '标签：地震', 'Tagi:', 'Tagi: wiadukt, remont, objazdy', 'Tematy:', 'Czytaj więcej o:',
      'Címkék:', 'Štítky: vláda, rozpočet', 'Etichete: guvern, buget', 'Етикети:', 'Мітки: уряд, бюджет', 'Etiketler:', 'Taggar:', 'Emner:', 'Avainsanat: hallitus, budjetti', 'Ετικέτες:', 'Topik:', 'Từ khóa: giá xăng, lạm phát', 'Leia mais sobre: Economia, Inflação', 'Más sobre: Elecciones 2024'],
    counterExamples: ['The post was tagged as misleading by moderators.', 'Tagged as misleading by moderators, the post was removed within hours.', 'Posted in Afghanistan in 2009, he served two tours before leaving the army.', 'Posted in Kabul | a photo essay by Jane Doe', 'This entry was posted in error, the council said, and was removed the next day.', 'Dieser Beitrag wurde unter Pseudonym veröffentlicht, sagte der Verlag.', 'Wpis opublikowany w mediach społecznościowych wywołał burzę.', 'Dit bericht werd geplaatst in de krant van zaterdag, zei de woordvoerder.',
      'Topics discussed at the summit included trade and climate.', 'Tags were fitted to forty birds.', 'タグの付いた鳥が40羽見つかった。', 'Tematy rozmów obejmowały handel i klimat.', 'Czytaj więcej o tym, jak zmieniło się miasto, w naszym magazynie.', 'Etiketler ürünlerin üzerine yapıştırıldı.', 'Emner som klima og skatt dominerte debatten.', 'Mais sobre: o governo anunciou ontem um novo pacote de medidas.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'ar', 'ja', 'zh', 'ko', 'pl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi', 'nl'],
  },
  {
    id: 'post-navigation',
    kind: 'navigation',
    description: 'Links to the previous or next article.',
    pattern: line(`[-–—«‹<←]?\\s*(?:next|previous|prev|older|newer)(?: \\p{L}+){0,2}\\s+(?:article|story|post|entry|item|news)s?(?:\\s*[-–—»›>→]|\\s*[:»›>].{0,120})?` +
      // …in more languages, and as blog themes print them (WordPress: "Vorheriger Beitrag", "Entrada anterior", "← Articolo precedente", "Следующая запись →"), an arrow before or after.
      `|[-–—«‹<←]?\\s*(?:(?:artículo|noticia|entrada|publicación) (?:anterior|siguiente)|(?:siguiente|anterior) (?:artículo|noticia|entrada|publicación)|(?:nächster|vorheriger) (?:artikel|beitrag)|article (?:suivant|précédent)|(?:следующая|предыдущая) (?:статья|новость|запись)|(?:próxima|anterior) (?:notícia|matéria)|(?:post|artigo) anterior|próximo (?:post|artigo)|(?:articolo|post) (?:precedente|successivo)|(?:poprzedni|następny) (?:wpis|artykuł|post|tekst)|(?:vorig|volgend) bericht|المقال (?:التالي|السابق))(?:\\s*[-–—»›>→]|\\s*[:：»›>]\\s*.{0,120})?` +
      // The theme's heading over those links ("Post navigation", "Beitragsnavigation", "Navigazione articoli"), and Blogger's links ("Newer Post Older Post Home").
      `|(?:posts? navigation|beitrags-?navigation|navigation (?:des|de l['’]) articles?|navegación de (?:entradas|publicaciones)|navegação (?:de|dos) (?:posts?|artigos)|navigazione (?:articoli|degli articoli)|навигация по записям|nawigacja (?:wpisu|wpisów|po wpisach)|berichtnavigatie)` +
      `|(?:(?:home|startseite|accueil|página principal|página inicial|home ?page|strona główna)\\s+)?(?:newer posts?|older posts?|neuerer post|älterer post|article plus (?:récent|ancien)|entrada (?:más reciente|antigua)|postagem mais (?:recente|antiga)|post più (?:recente|vecchio)|(?:nieuwere|oudere) post|(?:nowszy|starszy) post)(?:\\s+(?:newer posts?|older posts?|neuerer post|älterer post|article plus (?:récent|ancien)|entrada (?:más reciente|antigua)|postagem mais (?:recente|antiga)|post più (?:recente|vecchio)|(?:nieuwere|oudere) post|(?:nowszy|starszy) post|home|startseite|accueil|página principal|página inicial|home ?page|strona główna)){0,2}` +
      // …and in more languages, with the headline after a colon or not.
      `|(?:(?:következő|előző) cikk|(?:další|předchozí|následující) článek|(?:ďalší|predchádzajúci|nasledujúci) článok|articolul (?:următor|anterior|precedent)|(?:следваща|предишна) (?:статия|новина)|(?:наступна|попередня) (?:стаття|новина)|(?:sonraki|önceki|sıradaki) haber|(?:nästa|föregående) artikel|(?:næste|forrige) artikel|(?:neste|forrige) artikkel|(?:seuraava|edellinen) (?:artikkeli|juttu|uutinen)|(?:επόμενο|προηγούμενο) άρθρο|(?:artikel|berita) (?:selanjutnya|sebelumnya)|bài (?:tiếp theo|trước)|上一篇|下一篇|(?:次|前)の記事|(?:이전|다음) 기사)(?:\\s*[:：»›>]\\s*.{0,120})?`),
    zone: 'any',
    endsBody: true,
    maxWords: 24,
    examples: ['← Previous Post', 'Next Post →', 'Posts navigation', 'Post navigation', '← Vorheriger Beitrag', 'Nächster Beitrag →', '← Entrada anterior', 'Próximo post →', '← Articolo precedente', 'Следующая запись →', '← Article précédent', 'Volgend bericht →', 'Beitragsnavigation', 'Navegación de entradas', 'Navigazione articoli', 'Навигация по записям', 'Berichtnavigatie', 'Newer Post Older Post Home', 'Entrada más reciente Entrada antigua Página Principal', 'Postagem mais recente Postagem mais antiga Página inicial',
      'Next Post', 'Previous article', '- Next Auto News', 'Previous Auto News -', 'Artículo anterior', 'Siguiente artículo', 'Siguiente noticia: El puerto aplaza la decisión', '次の記事', 'Следующая статья', 'Poprzedni wpis', 'Następny artykuł',
      'Következő cikk', 'Další článek', 'Articolul următor', 'Следваща статия', 'Наступна стаття', 'Sonraki haber', 'Nästa artikel', 'Forrige artikel', 'Neste artikkel', 'Seuraava artikkeli', 'Επόμενο άρθρο', 'Artikel Selanjutnya', 'Bài tiếp theo', '上一篇：暴雨致多条道路封闭', '다음 기사'],
    counterExamples: ['The previous post office closed in 2019.', 'Next post office to close will be in Leeds, the union said.', 'Следующая запись в дневнике датирована 1943 годом.', 'Entrada anterior al concierto costaba 20 euros, dijo el promotor.', 'Articolo precedente della legge è stato abrogato nel 2019.', 'Siguiente artículo de la ley regula la pesca.', '次の記事では詳しく説明します。',
      'The next article of the treaty deals with fishing rights.', 'Następny artykuł ustawy dotyczy praw rybaków.', 'Další článek zákona se týká rybářů.', 'Seuraava artikkeli julkaistaan huomenna.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'ar', 'pl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi', 'zh', 'ko', 'it', 'nl'],
  },
  {
    id: 'page-numbers',
    kind: 'navigation',
    description: 'A pager: page numbers and the links to the next and previous pages ("Page 2 of 5", "« Previous 1 2 3 Next »", "Seite 1 von 3"), in several languages.',
    pattern: line(PAGER),
    zone: 'any',
    maxWords: 30,
    examples: ['Page 2 of 5', 'Next Page >', '‹ Previous page', 'Nächste Seite', 'Page suivante', 'Página anterior', 'Следующая страница', 'Page 1 2 Next Page', '1 2 of 2 Next Page', '« Previous | Next »', 'Previous 1 2 3 Next', '1 | 2 | 3 | 4 | 5', '1 2 3 4 5 … 12 Next ›', 'NEXT PREV', 'Seite 1 von 3', '« Vorige | Nächste »', 'Página 1 de 3 Siguiente', 'Page 2 sur 4', 'Strona 1 z 4', 'Страница 1 из 3', 'Pagina 2 di 3'],
    counterExamples: ['123', '2024', '12 345 678', '1 28 19 5 4 62', '3 2 1', 'Next', 'Page Six', '9 to 5', 'The next page of the report lists 12 names.', '2 of 3 suspects were released.'],
    languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'ru', 'nl', 'cs', 'tr', 'fi', 'sv', 'no', 'ja', 'ko'],
  },
  {
    id: 'byline',
    kind: 'byline',
    description: 'A byline: "By" and a few names, optionally an agency or a date.',
    pattern: new RegExp(
      String.raw`^(?:${['by','por','von','par','de','автор','текст','di','oleh','penulis','pewarta','بقلم','كتب','كتبت','written by','reporting by','words by','story by','commentary by','fact checked by','fact-checked by','edited by','revisado por'].map(ci).join('|')})\s*:?\s+[\p{Lu}\p{Lo}][\p{L}'’.\-]*(?:[\s,]+(?:and|y|und|et|и|e|dan|و|&)?\s*[\p{Lu}\p{Lo}][\p{L}'’.\-]*){0,7}(?:\s+(?:${ci('staff reports|staff report|staff writers|staff writer|staff|news desk|newsroom|web desk|desk|team|wire reports')}))?(?:\s*[,|·•–—-]\s*(?:[^.!?]|\.(?=\p{L})){0,60})?$` +
        // The label alone, its names on the next line; and the agency's credits under a story.
        String.raw`|^(?:${['by','author','authors','autor','autora','autorin','auteur','autore','written by','posted by','автор'].map(ci).join('|')})\s*:?$` +
        String.raw`|^(?:[—–-]\s*)?(?:(?:${ci('staff writer|staff writers|staff reporter|staff reporters|staff photographer|special correspondent|correspondent|correspondents|reporter|reporters|writer|writers|staff')})\s+)?\p{Lu}[\p{L}'’.\-]+(?:[ ,]+(?:and )?\p{Lu}[\p{L}'’.\-]+){1,8} contributed (?:reporting|research|to this (?:report|article|story))(?:[ ,.][^!?]{0,120})?$` +
        // The closing credit to wires and colleagues ("(With inputs from PTI)", "Con información de EFE", "Avec AFP", "Mit Material von dpa").
        String.raw`|^(?:[—–-]\s*|\*\s*)?[(\[]?\s*(?:(?:${CREDIT_LEADS})\s+${CREDIT_TAIL}|${ci('with agency inputs|mit agenturmaterial|con agencias|com agências|avec agences|mit agenturen|con agenzie')}|(?:${ci('avec|mit|com|con|with|met|z|с')})\s+${AGENCY_LIST})\s*[)\]]?\.?$` +
        String.raw`|^\p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){1,3}\s+@[\w.]{2,30}$` +
        // "Author: …" with its colon, and the editor's or the trainee's credit under a story ("Edição: …", "*Estagiária sob supervisão de …").
        String.raw`|^(?:${['author','autor','autora','autorin','auteur','autore','автор'].map(ci).join('|')})\s*:\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}$` +
        String.raw`|^(?:${['edição','edición','édition','redaktion','edited by','a cura di'].map(ci).join('|')})\s*:\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}(?:\s*(?:,|\se\s|\sy\s|\sand\s|\sund\s|\set\s)\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})*$` +
        String.raw`|^\*?${ci('estagi')}\p{L}{0,4}\s+${ci('sob')}\s+(?:${ci('a')}\s+)?${ci('supervisão')}\s+(?:${ci('de')}|${ci('da')}|${ci('do')})\s+\p{Lu}[^!?]{1,80}$` +
        // A press release's distributor line naming its issuer, in capitals: "SOURCE Northgate Cellworks Inc.".
        String.raw`|^SOURCE\s+\p{Lu}[\p{L}\p{N}&.,'’()\-]*(?:\s+(?:\p{Lu}|\p{N}|&|\()[\p{L}\p{N}&.,'’()\-]*|\s+(?:of|and|for|the|de|du|des|la|le|del|di|und|der)){0,9}$` +
        // A blog post's footer: "Posted by Jane Doe at 4:37 PM", "Posted by Jane Doe on March 3, 2019".
        String.raw`|^${ci('posted by')}\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s+(?:${ci('at|on')})\s+[\p{N}\p{Lu}][^!?]{0,40}$` +
        // A contributor's line: "Special to the Prairie Standard".
        String.raw`|^${ci('special to')}\s+(?:${ci('the')}\s+)?\p{Lu}[\p{L}\p{N}'’.&\-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&\-]*){0,5}$` +
        String.raw`|^\((?:${CREDITS})\s*:?\s[^()]{2,300}\)\.?$|^(?:${CREDITS})\s[^()]{2,200}[;,]\s*(?:${CREDITS})\s[^()]{2,200}$` +
        // "— With reporting by …": a dash or "With" before the credit.
        String.raw`|^(?:[—–-]\s*(?:${ci('with')}\s+)?|${ci('with')}\s+)(?:${ci('additional')}\s+)?${ci('reporting')}\s+(?:${ci('by|from')})\s+(?:${ci('the')}\s+)?\p{Lu}[^!?]{1,200}$` +
        // Japanese, Chinese and Korean bylines: "文：… 写真：…", "（聞き手・…）", "责任编辑：…", "… 기자".
        String.raw`|^(?:文|取材・文|文・写真|文と写真|取材・執筆|執筆|取材|構成|記者|筆者|责任编辑|責任編輯|编辑|編輯|记者|作者)\s*[:：／/・]\s*[^。：:！？!?]{1,30}?(?:\s+(?:写真|撮影|イラスト|構成|編集|图|摄影|攝影)\s*[:：／/・]\s*[^。：:！？!?]{1,30}?)*$` +
        String.raw`|^[（(](?:聞き手|取材|構成|文|まとめ|取材・文|记者|記者)\s*[・:：、＝=\s]\s*[^（）()。]{1,30}[）)]$|^[（(][^（）()。\s\u3000]{1,12}(?:支局|総局|支社|報道部|編集部)[\s\u3000]+[^（）()。\s\u3000]{2,12}[）)]$|^\p{Script=Hangul}{2,4}\s?기자(?:\s+[\w.+-]+@[\w.-]+)?$`,
      'u',
    ),
    zone: 'any',
    maxWords: 60,
    examples: ['By Reuters staff', 'Fact-checked by John Roe', 'Edited by Ann Poe', 'By Harbour Courier staff', 'Commentary by Ruth Tanner', 'Author: Kelsey Tran', 'Posted by Jane Doe at 4:37 PM', 'Posted by Jane Doe on March 3, 2019', 'Edição: Marcos Brito', '*Estagiário sob supervisão de Helena Castanho', 'By Jane Doe', 'By Jane Doe and John Roe, Reuters', 'By Jane Doe | Harbour Media for harbour.com', 'John Roe contributed reporting from Hong Kong.', 'Jane Doe @janedoe', 'Por Juan Pérez', 'Par Jean Dupont', 'Автор: Иван Петров', 'Author:', '(Reporting by Jane Doe, with reporting by John Roe; editing by Ann Poe.)', 'Reporting by Jane Doe and John Roe; Editing by Ann Poe', '— With reporting by Jane Doe in London.', 'Special to the Prairie Standard', 'The Associated Press contributed to this report.', '文：田島さやか　写真：川端亮', '文：佐々木健太', '（聞き手・田島さやか）', '（汐見支局　石田千尋）', '责任编辑：王明', '홍길동 기자',
      'Penulis: Ani Lestari', '— Staff writer Jane Doe contributed to this report.', '(With inputs from PTI)', 'With inputs from agencies', 'With agency inputs', 'Con información de corresponsales en Bogotá y Lima.', 'Con información de EFE y Europa Press',
      'Com informações da Agência Brasil e do g1', 'Com Lusa', 'Avec AFP', '(Avec AFP et Reuters)', 'Mit Material von dpa', 'Mit Material der Nachrichtenagenturen dpa und AFP', '(mit dpa)', 'Con la collaborazione di Marco Rossi', 'Con agenzie', 'При участии Ивана Петрова', 'По материалам ТАСС и РИА Новости',
      'SOURCE Northgate Cellworks Inc.'],
    counterExamples: ['By the team at the hospital, the report was written in a week.', 'Reviewed by the committee, the plan was approved.', 'Edited by hand in the darkroom.', 'By Monday, the river had burst its banks in three places.', 'Von der Leyen said the plan was fair.', 'Reporting by the local paper showed the council had known for years.', 'Reporting by the local paper first revealed the plan in May.', 'With reporting like this, the paper will win prizes.', 'Special to the region is its mix of dialects.',
      'With inputs from farmers, the ministry drafted a new plan.', 'Con información de la policía, los vecinos localizaron al niño.', 'Con información de la policía se localizó al niño.', 'Com informações do Ibama, a polícia localizou o garimpo.', 'Mit Material von der Baustelle wurde die Mauer repariert.',
      'Con la collaborazione di tutti, il progetto è stato completato in tempo.', 'При участии губернатора в городе открыли новую школу.', 'Avec AFP et Reuters, le groupe a signé un contrat de cinq ans.', 'Staff writers contributed to the fund, the union said.', 'Source close to the talks said the deal was near.', '文化庁は20日、新しい指針を公表した。', '（聞き手の質問に答えて）彼は「まだ分からない」と話した。'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'ja', 'zh', 'ko'],
  },
  {
    id: 'caption-with-credit',
    kind: 'caption',
    description: 'A photo caption: a description that ends in a credit (©, Photo:, an agency name, "(Courtesy of …)", "(Submitted photo)", "Photo by …").',
    pattern: new RegExp(
      // The credit first, run into the caption: "Jane Doe/Getty ImagesThe mayor opens the wall on Monday."
      // A slide's caption under its number: "Item 1 of 3 The mayor …", "[1/3] The mayor …".
      String.raw`^(?:item \d{1,3} of \d{1,3}|\[\d{1,3}\s?/\s?\d{1,3}\])\s+\S.{10,400}$|` +
      String.raw`^[\p{L}][\p{L}.'’-]+(?: [\p{L}][\p{L}.'’-]+){1,3}\s?/\s?(?:getty images|ap photo|ap|afp|reuters|epa|icon smi|icon sportswire|usa today sports|bloomberg|shutterstock|alamy|pa wire|dpa|xinhua|zuma press|sipa|anadolu|imago|picture alliance)\s?(?=["“‘'\p{L}])(?:\S+\s){4,80}\S*[.!?]["”’']?$|` +
      String.raw`^.{10,400}?(?:[\p{L}\p{N}.!?"”’']\s?[(\[]\s*(?:(?:photo|image|picture|foto)s?\s+)?(?:courtesy(?:\s+(?:of|photo)(?=[\s)\]])[^()\[\]]{0,60})?|(?:submitted|file|staff|courtesy|contributed|handout|provided|supplied|special|special to [^()\[\]]{1,40})\s+(?:photo|image|picture|graphic)s?|provided(?:\s+by\s[^()\[\]]{1,60})?|submitted|contributed|supplied|handout|screenshot|screen ?grab|symbolbild|archivbild|archivfoto|cortesía|divulgação|reprodução|dr|(?:photo|image|picture|video|foto)s?\s+(?:by|via|from|courtesy of|de|von|par|di|da)\s[^()\[\]]{1,60}|foto\s+(?:archivio|agenzia|ufficio stampa|studio)\s[^()\[\]]{1,60}|[^()\[\]]{1,50}\svia\s(?:ap|afp|reuters|getty images|twitter|x|facebook|instagram|youtube|flickr|wikimedia commons|wikipedia|reddit)|getty|twitter|instagram|facebook|youtube|wikimedia commons|wikipedia|flickr|pixabay|unsplash)\s*[)\]]|[.!?]["”’]?\s(?:photo|picture|image|foto)s?\s+(?:by|courtesy of)\s[^.!?]{2,60}|[.!?]["”’]?\s?\|\s?[^|.!?\d]{2,50}|[.!?]["”’]?\s[^\s/\d.!?]+(?:\s[^\s/\d.!?]+){1,3}\s?/\s?[^\s/\d.!?]+(?:\s[^\s/\d.!?]+){0,4}|\s\[[^\[\]|]{2,40}\|[^\[\]|]{2,40}\]|\s[©]\s*[\p{L}].{0,80}|[(\[]\s*(?:photo|image|foto|фото|credit|crédit|crédito|bild|file|archive|archivo|archiv|تصوير|صورة)\s*[:/].{0,80}[)\]]|[(（]\s*(?:写真|撮影|画像|提供|資料写真|出典|出所|图|图片|圖片|摄影|攝影|来源|來源|사진|출처)\s*[:/：=＝・].{0,60}[)）]|[(（][^()（）]{1,40}(?:摄|攝|撮影)\s*[)）]|\s(?:photo|image|picture|pic|foto|фото|credit|crédit|crédito|bild|تصوير|صورة)\s*:\s*[\p{Lu}\p{Lo}].{0,60}|\s[|/]\s*(?:getty images|afp|reuters|ap|epa|shutterstock|sputnik|tass|dpa|xinhua|efe|ansa|ria novosti)(?:\s+file(?: photo)?)?(?:\s*/\s*.{0,40})?|\s(?:reuters|afp|ap|epa|dpa|efe|ansa|xinhua|getty images|ap photo)\s?/\s?[\p{L}'’ -]{1,40}\p{L}|\((?:getty images|afp|reuters|ap photo[^)]*|epa|sputnik|tass|dpa)\)|\s\([\p{L}][\p{L}.'’ -]{1,40}\s?/\s?(?:ap|afp|reuters|epa|getty images|dpa|efe|ansa|xinhua|sputnik|tass|bloomberg|shutterstock|anadolu|kyodo|yonhap|pa(?: wire| images)?|ap images|ap file|afp via getty images)(?:\s?/\s?(?:getty images|afp|ap|reuters|epa))?\)|\s[(\[]?(?:fot|zdj)\.\s*[\p{L}\p{N}][^()\[\]]{0,60}[)\]]?|\s\([^()]{0,30}\b(?:photo|foto)\s?\/\s?\p{L}[^()]{0,40}\)|[.!?]["”’]?\s\(\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}(?:\s?\/\s?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}){1,3}\))$`,
      'iu',
    ),
    // Every credit form has ©, a slash or a bar, a credit word before a colon, or closes a bracket at
    // the end; the word is looked for behind each colon, as colons are common in prose and the words not.
    hint: /^(?:item \d|\[\d)|[©|/]|[)\]）]$|:(?<=(?:photo|image|picture|pic|foto|фото|credit|crédit|crédito|bild|تصوير|صورة)\s*:)|(?:fot|zdj)\.|(?:photo|picture|image|foto)s?\s+(?:by|courtesy)/iu,
    longLines: true,
    zone: 'any',
    examples: ['ソラクラウドが公開した障害報告書の一部（出典：ソラクラウド公式Webサイト）', 'Dozza, uno dei muri dipinti del centro storico (foto di Sara Cavalli)', 'I soccorritori nelle strade allagate di Chiavari (foto Agenzia Riviera)', 'Item 1 of 3 The mayor opens the new harbour wall on Monday, March 3, 2025.', '[2/3] Crews clear the road near the bridge on Tuesday.', 'The prime minister visits the harbour on Monday. (Jane Doe/AFP/Getty Images)', 'Passengers wait on the quay after the ferry ran aground. (HARBOUR PHOTO/Jane Doe)', 'The first map of the moon\'s far side. (Space Agency/Northfield Observatory)', 'Jane Doe/Getty ImagesThe mayor opens the new harbour wall on Monday.', 'John Roe/Icon SMI The striker denies that he took money from an agent.', 'Troops remain in the country 18 years after the invasion [File: Reuters]', 'Traders work on the floor of the stock exchange on Monday. REUTERS/Jane Doe', 'The senator speaks at the Capitol on July 25.John Roe / AP file', 'The minister speaks in Berlin on Monday. © Sputnik / Alexei Nikolsky', 'Firefighters at the scene (Photo: John Smith/AFP)', 'The striker celebrates his goal in Madrid on Tuesday. (Jane Doe/AP)', 'Protesters gather outside parliament. Photo: Jane Doe', '駅のホームで待つ乗客ら＝20日午前9時15分、東京都台東区（写真：東都通信）', '北栄丸（左）を寄り切りで破った翔鷹山（撮影・山田太郎）', '市民らが広場に集まった（新华社记者 张三 摄）', '시민들이 광장에 모였다 (사진=연합뉴스)', 'Wiadukt przy ul. Kolejowej jest zamknięty od lipca. Fot. Piotr Jasiński', 'Kibice na trybunach stadionu w Radomyślu (fot. Tomasz Bieniek)', 'Officers at the scene on Tuesday. (Courtesy of Springfield Police Department)', 'Volunteers sort donated coats at the church hall. (Submitted photo)', 'The mayor at the ribbon-cutting on Monday. (Photo courtesy of the city)', 'Crews clear the road after the storm. (Provided by the county)', 'The mayor at the ribbon-cutting on Monday. Photo by Jane Doe', 'The mayor at the ribbon-cutting on Monday. | Jane Doe, The Daily Courier', 'The mayor at the ribbon-cutting on Monday. JANE DOE/THE DAILY COURIER', 'The mayor at the ribbon-cutting on Monday. [Jane Doe | Times]', 'The mayor at the ribbon-cutting on Monday. (Jane Doe/The Courier via AP)', 'The mayor at the ribbon-cutting on Monday. Picture: Jane Doe', 'The post as it appeared on Monday morning. (Screenshot)', 'Der Bürgermeister bei der Eröffnung. (Symbolbild)'],
    counterExamples: ['Item 4 of the agenda is the parking plan.', 'The vote was 7-2. The and/or clause was dropped.', 'He thanked them for it (courtesy).', 'It costs five dollars. Students/seniors pay less', 'The photographer said the image had been altered, according to the agency.', 'The two agencies will share the data (NASA/ESA).', 'Both versions are sold. (Windows and Mac)', 'The files are in the shared folder (Reports/2024)', '村瀬さんは写真を撮るのが趣味だという（64）。', '記者会見で市長は「写真：撮影禁止の場所だった」と述べた。', 'Fotograf zrobił zdjęcie mostu w 2019 roku, podała agencja.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'ja', 'zh', 'ko', 'pl'],
  },
  {
    id: 'caption-label',
    kind: 'caption',
    description: 'A caption read out with its label: "Image caption The mayor at the opening …".',
    // Japanese captions: "【写真】…" and the newspaper form "… ＝18日、長野市" (the day and place after an equals sign).
    pattern: /^(?:【(?:写真|画像|動画|図|図表|表)[^】]{0,10}】.{1,400}$|[^。！？]{4,200}＝(?:\d{1,2}|[０-９]{1,2})日(?:[^。！？＝]{0,60})$|[^。！？]{4,200}＝(?:資料写真|写真|共同|時事|ロイター|AP|AFP|EPA|ゲッティ)[^。！？＝]{0,40}$|(?:image|photo|picture|video) caption\b|(?:bildunterschrift|légende|pie de foto|legenda(?: da foto)?|didascalia)\s*[:：]?\s|(?:file photo|archive photo|archivfoto|archivbild|foto de archivo|photo d'archives|foto d'archivio|foto de arquivo)\s*[:：]\s).{0,400}$/iu,
    hint: either(/^(?:image|photo|picture|video|bildunterschrift|légende|pie de foto|legenda|didascalia|file photo|archive photo|archivfoto|archivbild|foto de a|photo d'a|foto d'a)/iu, /^【|＝/u),
    longLines: true,
    zone: 'any',
    maxWords: 80,
    examples: ['FILE PHOTO: Traders work on the floor of the stock exchange in New York', 'Image caption The mayor at the opening of the new harbour wall', 'Bildunterschrift: Der Bürgermeister bei der Eröffnung', '【写真】真っ赤に色づいたリンゴを収穫する村瀬さん＝18日、長野市', '地震の影響で運転を見合わせ、駅のホームで待つ乗客ら＝20日午前9時15分、東京都台東区', '記者会見する市長＝資料写真'],
    counterExamples: ['Image quality has improved, the agency said.', '収穫は18日に始まり、村瀬さんは「今年は色づきがいい」と話した。', '気温＝20日の最高気温は15度だった。'],
    languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'ja'],
  },
  {
    id: 'teaser-run-together',
    kind: 'teaser',
    description: 'A teaser card run together on one line: its excerpt cut short, its "Read more" button glued on ("… the council will decide in… Read more"), or its headline twice or three times over (the link, the picture\'s text).',
    pattern: new RegExp(
      // (The headline repeated: a backreference over a line of at most a few dozen words.)
      String.raw`^(?:.{20,600}?\p{L}[,;:]?\s?(?:…|\.\.\.)\s*(?:\[?(?:read more|continue reading|keep reading|more|leer más|seguir leyendo|weiterlesen|mehr lesen|lire la suite|leia mais|continue lendo|continua a leggere|leggi tutto|czytaj dalej|czytaj więcej|lees meer|подробнее|читать далее)\]?\s*[»›→]?\s*){1,2}|(\p{Lu}[^\n]{14,150}?)(?: \1){1,2})$`,
      'iu',
    ),
    // (Tested as text, not by a backreference: every line is this rule's candidate.)
    hint: { test: (t: string) => t.includes('…') || t.includes('...') || repeatedPhrase(t), parts: [] },
    longLines: true,
    zone: 'any',
    maxWords: 100,
    examples: [
      'The council will meet again in March to decide whether the harbour… Read more Read more',
      'Die Stadt plant für das kommende Jahr eine neue Fußgängerzone im … Weiterlesen',
      'Why Ferries Run Late in Winter Why Ferries Run Late in Winter Why Ferries Run Late in Winter',
      'Ten herbs that grow on any windowsill Ten herbs that grow on any windowsill',
    ],
    counterExamples: ['He paused… and then he read more of the letter aloud.', 'The council said the works would continue… more or less on time, it hopes.', 'Go, go, go, the crowd shouted.', 'New York, New York is playing at the theatre.'],
    languages: ['en', 'es', 'de', 'fr', 'pt', 'it', 'pl', 'nl', 'ru'],
  },
  {
    id: 'caption-lead',
    kind: 'caption',
    description: 'A photo caption in the form agencies write them: "In this photo taken on …", "This image released by … shows …", "Above: …".',
    // The picture named, then what it shows or who gave it: an article's sentence about a picture
    // ("The photo was a fake, the agency said") does not open so.
    pattern: new RegExp(
      String.raw`^(?:(?:in this|this) (?:[\p{L}\p{N}.,'’-]+ ){0,5}?(?:photo|photograph|image|picture|frame grab|video grab|screen ?grab|screenshot|still|illustration|rendering|satellite image)s?(?:(?: (?:provided|released|taken|made|obtained|posted|shared|handed out|distributed)\b.{0,200}?)?(?:,|\s(?:shows?|depicts)\b)| (?:of|from)\b.{0,120}?\s(?:shows?|depicts)\b)|(?:above|pictured|pictured above|main image|main picture|inset|photo above|image above)\s*:\s+\p{L}|auf (?:dem|diesem|unserem) (?:foto|bild)\s*:\s*\p{L}|(?:das|unser) (?:foto|bild) zeigt\s|en (?:esta|la) (?:foto(?:grafía)?|imagen)(?: de archivo)?(?:,|\s(?:tomada|difundida|cedida|facilitada|se ve|aparece))|sur (?:cette|la|notre) (?:photo|image)(?: d'archives)?(?:,|\s(?:prise|diffusée|fournie|publiée))|n(?:esta|a) (?:foto(?:grafia)?|imagem)(?:,|\s(?:tirada|divulgada|cedida))|in (?:questa|una) (?:foto|immagine)(?: d'archivio)?(?:,|\s(?:scattata|diffusa|fornita))|nella foto\s*[:,]).{4,400}$`,
      'iu',
    ),
    hint: /^(?:in this |this |above|pictured|main (?:image|picture)|inset|photo above|image above|auf (?:dem|diesem|unserem) |(?:das|unser) (?:foto|bild)|en (?:esta|la) (?:foto|imagen)|sur (?:cette|la|notre) (?:photo|image)|n(?:esta|a) (?:foto|imagem)|in (?:questa|una) (?:foto|immagine)|nella foto)/iu,
    longLines: true,
    zone: 'any',
    maxWords: 80,
    examples: ['In this March 4, 2024, photo, fishermen unload their catch in the harbour at dawn.', 'This undated photo provided by the city council shows the harbour wall before the storm.', 'This image released by the space agency shows the lander on the surface of the moon.', 'This satellite image shows the flooded valley on Monday.', 'This satellite image from the weather service shows the storm over the coast on Monday.', 'This illustration of the planned bridge shows how it would cross the bay [Harbour Authority]', 'Above: The new ferry terminal at dusk.', 'Pictured: The mayor opens the new harbour wall.', 'Auf dem Foto: Bürgermeisterin Anna Weber bei der Eröffnung.', 'En esta imagen de archivo, el alcalde inaugura el puerto.', 'Sur cette photo prise le 3 novembre, des manifestants défilent à Paris.', 'Nesta foto divulgada pela prefeitura, o prefeito inaugura a ponte.', 'In questa foto scattata il 3 novembre, i pendolari aspettano il treno.'],
    counterExamples: ['The photo was a fake, the agency said.', 'This photo is one of the few that survived the war, his daughter said.', 'In this case the court ruled for the tenants.', 'This picture of the economy is too rosy, the union said.', 'This image of the city as a safe haven, she said, is a myth.', 'Above all, the council wants to keep the harbour open.', 'En esta ocasión el alcalde no asistió.', 'Sur cette question, le maire reste prudent.'],
    languages: ['en', 'de', 'es', 'fr', 'pt', 'it'],
  },
  {
    id: 'photo-credit',
    kind: 'credit',
    description: 'A photo or image credit on a line of its own.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          // A credit names who made or supplied the picture; a list of sources joined by ";" is a sentence's.
          '[(\\[]?(?:photo|photos|photograph|image|images|picture|pictures|video|graphic|illustration|credit|credits|photo credit|image credit|source|foto|fotos|bild|imagen|imagem|crédito|crédit|crédits|фото|изображение|источник|صورة|الصورة|المصدر|fot|zdjęcie|zdjęcia|źródło|ilustracja|grafika|fotó|kép|forrás|zdroj|sursa(?: foto)?|снимк[аи]|източник|джерело|fotoğraf|kaynak|källa|kilde|kuvat?|lähde|φωτογραφία|φωτ\\.?|πηγή|sumber(?: foto)?|ảnh|nguồn|تصوير)s?\\s*(?:by)?\\s*[:/|©]\\s*[^;]{0,100}',
          // "Illustration by Jane Doe", "Photo by the author": a few words, no sentence.
          '(?:photo|photograph|image|picture|video|graphic|illustration|artwork|animation)s? by [^.;,!?]{2,60}',
          // Polish "Fot. Jan Kowalski", "fot. archiwum prywatne", "zdj. PAP".
          '[(\\[]?(?:fot|zdj)\\.\\s*[\\p{L}\\p{N}][^;]{0,100}',
          '©\\s*[\\p{L}].{0,80}',
          // Japanese, Chinese and Korean credits: "写真：…", "（撮影・…）", "图片来源：…", "사진=…".
          '[(（]?(?:写真|撮影|画像|写真提供|画像提供|提供|出典|出所|图|图片|圖片|图片来源|圖片來源|摄影|攝影|来源|來源|사진(?:\\s?제공)?|출처)\\s*[:：/／=＝・]\\s*[^;。]{1,60}?[)）]?',
          '.{0,60}\\b(?:getty images|afp|reuters|ap photo|associated press|epa|shutterstock|istock|alamy|ria novosti|sputnik|tass|dpa|anadolu|xinhua|efe|ansa|wikimedia commons|unsplash)(?:\\s*(?:via|/)\\s*.{0,40})?[)\\].]?',
          '(?:photo|image|foto|фото):?', 'ảnh minh họa', 'фото ілюстративне', 'ілюстративне фото', '资料图(?:片)?', '(?:photo |image )?credit(?:\\.\\.\\.|…)', 'getty(?: images)?', '[\\p{L}.\'’ -]{2,40},\\s*(?:ap|afp|epa|reuters|getty images|dpa|efe|ansa|ap photo)',
          '(?:image|photo|picture|video) copyright\\b.{0,100}',
          // A private picture's credit: "personal archive of <name>".
          '(?:фото(?:графия)? )?(?:из )?личн(?:ый|ого) архив(?:а)?(?:\\s.{0,60})?', '(?:foto )?(?:privatarchiv|archivo personal|arquivo pessoal|archives personnelles|archivio personale|personal archive)(?:\\s.{0,60})?',
          '.{0,60}\\b(?:submitted|contributed|file|courtesy|staff|handout|pool) (?:photo|image|picture)s?(?:\\s*[/|].{0,40})?',
        ) +
        ')$',
      'iu',
    ),
    hint: /[:/|©：／＝=・]|архив|archiv|arquivo|archive|getty images|afp|reuters|ap photo|associated press|epa|shutterstock|istock|alamy|ria novosti|sputnik|tass|dpa|anadolu|xinhua|efe|ansa|wikimedia commons|unsplash|photo|image|picture|illustration|graphic|video|artwork|animation|foto|фото|credit|getty|(?:ap|epa|dpa|efe)$|(?:fot|zdj)\.|^ảnh minh họa|资料图/iu,
    zone: 'any',
    maxWords: 16,
    examples: ['Illustration by Jane Doe', 'Photo: Jane Doe/Reuters', 'личный архив Анны Петровой', 'Privatarchiv', '© Sputnik / Alexei Nikolsky', 'Getty Images', 'Foto: dpa', 'Фото: РИА Новости', '(AP Photo/John Smith)', '写真：共同通信', '（写真：東都通信）', '撮影：川端亮', '写真提供：長野市', '图片来源：新华社', '사진=연합뉴스', 'Fot. Jan Kowalski', 'fot. Jan Kowalski / Agencja', 'Fot. archiwum prywatne', 'Źródło: Teraz24.pl, Ministerstwo Zdrowia',
      'Fotó: MTI/Koszticsák Szilárd', 'Foto: ČTK', 'Zdroj: ČTK', 'Sursa foto: Facebook', 'Снимка: БТА', 'Джерело: УНІАН', 'Fotoğraf: AA', 'Källa: TT', 'Kuva: Lehtikuva', 'Φωτογραφία: Eurokinissi', 'Sumber foto: Istimewa', 'Ảnh: TTXVN', 'Ảnh minh họa', '资料图', '사진 제공=서울시', 'تصوير: محمد علي'],
    counterExamples: ['Reuters reported on Monday that talks had stalled.', '写真は市のホームページで公開されている。', 'Źródło problemu leży w przepisach z 2019 roku, twierdzą prawnicy.', 'Kuva otettiin ennen onnettomuutta.', 'Ảnh chụp vụ tai nạn lan truyền trên mạng.', 'Снимка на детето беше разпространена в мрежата.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'ar', 'ja', 'zh', 'ko', 'pl', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'id', 'vi'],
  },
  {
    id: 'credit-line',
    kind: 'credit',
    description: 'A picture\'s credit with no label: the photographer and the outlet or agency, joined by a slash; the page or platform it was taken from ("…/Facebook"), a picture agency ("Southcoast Pictures"), "Family handout", or the maker after the picture\'s kind ("Portrait by Jane Doe").',
    // Case matters: names and outlets are capitalised, and nothing follows them.
    pattern: new RegExp(
      String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?(?:(?:Special|Contributed|Contributing) to (?:the |The )?|(?:For|for) (?:the |The )?|The |the )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: (?:of |for |de |del |der |du |des |di |da |do |von |van )?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}(?: (?:via|for) \p{Lu}[\p{L}\p{N}.&'’ -]{1,30})?$|` +
        // A page or a platform it was taken from ("Harbour Coastguard Rescue Team/Facebook"), a picture agency's
        // name ("Southcoast Pictures"), or the family's or a handout's ("Family handout", "Supplied").
        String.raw`^\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,5}\s?\/\s?(?:Facebook|Instagram|Twitter|X|YouTube|TikTok|LinkedIn|Flickr|Supplied|Handout|Getty Images|Alamy|Shutterstock|PA|PA Wire|Rex|Rex Features|Reuters|AP|AFP|EPA)$|` +
        // The picture's maker named after its kind: "Portrait by Jane Doe", "Top photo by John Roe".
        String.raw`^(?:(?:Top|Main|Lead|Header|Cover|Featured|Hero|Title) (?:photo|image|picture|illustration)s?|Portrait|Photography|Photos and text|Words and photos) by \p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|di|la|le)){0,4}$|` +
        String.raw`^(?!(?:More|View|See|All|Our|Your|Top|Best|Latest|Related|Most|Share|Stock) )\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:Pictures|Photography|Photos|Images)$|^(?:Family handout|Family photo|Handout|Supplied|Supplied by (?:the )?family|Courtesy of (?:the )?family)$`,
      'u',
    ),
    hint: /\/|pictures|photography|photos|images|handout|supplied|family| by /iu,
    zone: 'any',
    maxWords: 12,
    examples: ['Portrait by Marta De Luca', 'Top photo by Lena Hartig', 'Photography by Ann Poe', 'Jane Doe/The Harbour Post', 'John Roe / Harbour Times', 'Jordan Reese / Special to the Courier', 'Anna Weber/Stadtblatt', 'Jean Dupont/Le Quotidien du Port', 'Harbour Coastguard Rescue Team/Facebook', 'Southcoast Pictures', 'Family handout', 'Supplied'],
    counterExamples: ['Portrait by Rembrandt found in attic', 'Read the full report at our site and/or in print.', 'Harbour/Quay Road closed', 'More Photos', 'Our family photos'],
    languages: ['*'],
  },
  {
    id: 'feedback-widget',
    kind: 'widget',
    description: 'A reader-feedback or view-count widget: "Was this article helpful?", "Views: 3,218", in several languages.',
    pattern: line(
      alt(
        '(?:was|is) this (?:article|page|post|story|information|answer) (?:helpful|useful)\\??' + YES_NO,
        // (And with its share button: "Did you find this helpful? Share it!")
        '(?:did you find|do you find) this (?:article |page |post |story |guide |information )?(?:helpful|useful)\\??(?:\\s*share it!?)?' + YES_NO,
        '(?:war|ist) (?:dieser|der|die|das) (?:artikel|beitrag|text|seite|information) (?:hilfreich|nützlich)\\??' + YES_NO,
        // A review's or an article's helpful count: "Found this helpful", "12 people found this helpful".
        '(?:\\d[\\d,.]* (?:people|persons?|readers|users|customers) )?found this (?:article |page |post |answer |review |information )?(?:helpful|useful)',
        "(?:cet|cette) (?:article|page|information|contenu) (?:vous )?a-t-(?:il|elle) été utile\\s*\\??" + YES_NO,
        '¿?(?:te|le|os) (?:ha )?(?:resultado|parecido|sido) útil (?:este|esta|el|la) (?:artículo|noticia|información|contenido)\\??' + YES_NO,
        '¿?(?:este|esta) (?:artículo|noticia|información|contenido) (?:te|le) (?:ha )?(?:resultado|sido) útil\\??' + YES_NO,
        '(?:este|esta|esse|essa) (?:artigo|conteúdo|matéria|notícia|informação) (?:foi|é|te foi) útil\\??' + YES_NO,
        "questo (?:articolo|contenuto) (?:ti )?(?:è stato|è|era) utile\\??" + YES_NO,
        // A poll's box, its votes loaded by JavaScript: "POLL", "Loading poll…", "View results".
        '(?:reader |quick |today[\'’]s |our )?poll:?', 'loading poll(?:…|\\.\\.\\.)?', 'view (?:poll )?results', 'vote now!?', '(?:umfrage|sondage|encuesta|enquete|sondaggio|opros|ankieta)', '(?:lade|chargement du|cargando|carregando|caricamento) (?:umfrage|sondage|encuesta|enquete|sondaggio)(?:…|\\.\\.\\.)?',
        'был[аи]? ли (?:эта |этот )?(?:статья|информация|материал|новость) полезн(?:ой|а|ым|ен|ой для вас)\\??' + YES_NO,
        '(?:views|aufrufe|vues|visualizações|visualizaciones|visualizzazioni|просмотр(?:ы|ов)|wyświetlenia)\\s*:?\\s*\\d[\\d\\s.,]*k?',
        '\\d[\\d\\s.,]*k?\\s*(?:views|aufrufe|vues|visualizações|visualizaciones|visualizzazioni|просмотр(?:ов|а)?)',
        'czy (?:ten |ta )?(?:artykuł|tekst|wpis|informacja|porada) (?:był[ao]?|jest) (?:dla (?:ciebie|pana|pani) )?(?:przydatn|pomocn)[ya]\\??' + YES_NO,
        // "Did you like this article? Then share it": the prompt under a post or a recipe.
        '(?:hat (?:dir|ihnen|euch) (?:der|dieser|das|dieses|die|diese) (?:artikel|beitrag|text|rezept|anleitung) gefallen|gefällt (?:dir|ihnen|euch) (?:der|dieser|das|dieses|die|diese) (?:artikel|beitrag|text|rezept|anleitung)|podobał(?:[aoy])? (?:ci|wam) się (?:ten |ta |to )?(?:wpis|artykuł|tekst|przepis)|did you (?:enjoy|like) this (?:article|post|story|recipe)|did you (?:make|try|cook|bake) this(?: recipe)?|(?:tried|made) this recipe|(?:vous avez|avez-vous|tu as|as-tu) (?:testé|essayé|réalisé|fait|cuisiné) cette recette\\s?|(?:hast du|haben sie|habt ihr) (?:dieses|das) rezept (?:ausprobiert|nachgekocht|nachgebacken|gemacht)|¿?(?:has|habéis|ha) (?:probado|preparado|hecho) (?:esta|la) receta|(?:hai|avete) (?:provato|preparato|fatto) (?:questa|la) ricetta|(?:você )?(?:fez|experimentou|testou|preparou) (?:esta|essa) receita|вы (?:приготовили|попробовали) (?:этот )?рецепт|enjoyed this (?:article|post|story)|gostou (?:deste|desta|do|da) (?:artigo|texto|post|receita|matéria)|¿?te (?:ha )?gustado (?:este|esta) (?:artículo|post|receta))\\?' +
          '(?:\\s+(?:dann|teile|teilen|merk|speicher|folge|abonniere|share|subscribe|follow|save|sign up|buy me|postaw|udostępnij|zostaw|napisz|obserwuj|compartilhe|deixe|siga|comparte|deja|sígueme|laissez|laisse|notez|note|partagez|tag|let me know|leave|rate|please|i[\'’]d love|marque|marca|etiqueta|etiquétame|déjame|cuéntame|lass|hinterlass|bewerte|markiere|verlinke|lasciami|lascia|tagga|fammi sapere|оставьте|поделитесь|напишите|mention)(?![\\p{L}\\p{N}_]).{0,200})?',
        'oceń (?:ten |ta )?(?:artykuł|tekst|wpis|przepis|materiał)!?', '(?:nie)?przydatny', '(?:nie)?pomocny',
        // A link to tell the newsroom of a mistake ("Report an error", "Reportar erro", "Сообщить об ошибке"): not the article's end.
        'report an? (?:error|typo|mistake|correction|inaccuracy)', '(?:submit|suggest|request) an? correction', '(?:einen )?fehler melden', 'signaler une (?:erreur|faute|coquille)',
        '(?:reportar|notificar|comunicar|informar(?: de| sobre)?|avisar de) (?:un |um |algum )?(?:error|erro)', 'segnala(?:re|ci)? un errore', 'сообщить об ошибке', 'zgłoś błąd', 'meld een fout', 'fout melden', '(?:記事の)?(?:誤字(?:脱字)?|誤り)を?報告(?:する)?',
      ),
    ),
    hint: /poll|results|vote now|umfrage|sondage|encuesta|enquete|sondaggio|opros|ankieta|helpful|useful|hilfreich|nützlich|utile|útil|полезн|views|aufrufe|vues|visualiza|просмотр|wyświetl|przydatn|pomocn|^oceń|gefallen|gefällt|podobał|enjoy|like this|gostou|gustado|recipe|recette|rezept|receta|ricetta|receita|рецепт|^(?:report|submit|suggest|request|einen|fehler|signaler|reportar|notificar|comunicar|informar|avisar|segnala|сообщить|zgłoś|meld|fout|記事|誤)/iu,
    zone: 'any',
    maxWords: 40,
    examples: ['Was this article helpful?', 'Found This Helpful', '12 people found this helpful', 'Was this article helpful? Yes No', 'Did you find this helpful? Share it!', 'Did you find this article useful?', 'POLL', 'Loading poll…', 'Umfrage', 'War dieser Artikel hilfreich?', 'Cet article vous a-t-il été utile ?', 'Este artigo foi útil?', 'Была ли статья полезна?', 'Просмотры: 3 218', 'Views: 12,345', '1.234 Aufrufe', 'Oceń artykuł', 'Oceń ten przepis!', 'Przydatny', 'Nieprzydatny', 'Czy ten artykuł był przydatny? Tak Nie', 'Hat dir der Artikel gefallen? Dann merk ihn dir für deine nächste Reiseplanung!', 'Gefällt dir das Rezept? Teile es mit deinen Freunden!', 'Podobał Ci się ten wpis? Postaw mi kawę ☕',
      'Vous avez testé cette recette ? Laissez-moi une note et un commentaire !', 'Did you make this recipe? Tag @harbourkitchen on Instagram', 'Did you make this recipe?', 'Hast du dieses Rezept ausprobiert?', '¿Has probado esta receta?', 'Hai provato questa ricetta? Lasciami un commento!', 'Fez esta receita? Marque @cozinhadaserra no Instagram',
      'Report an error', 'Fehler melden', 'Signaler une erreur', 'Reportar erro', 'Segnala un errore', 'Сообщить об ошибке', 'Zgłoś błąd', '誤字脱字を報告'],
    counterExamples: ['Was this article helpful to the campaign, the minister was asked on Monday.', 'The video had 2 million views by Tuesday, the company said.', 'Oceń sam, czy warto było czekać tyle lat – pisze autor.', 'Przydatny okazał się stary agregat z remizy, mówią strażacy.', 'Hat dir der Artikel gefallen? fragte die Lehrerin ihre Schüler am Montag.', 'Report an error to the tax office within 30 days, the guidance says.', 'Fehler melden Bürger der Stadt über ein Online-Portal.', 'Did you make this recipe? the judge asked the baker.', 'Hast du dieses Rezept ausprobiert? fragte die Großmutter.'],
    languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'ru', 'pl', 'nl', 'ja'],
  },
  {
    id: 'rating-widget',
    kind: 'widget',
    description: 'A rating\'s widget: its stars, its score out of five, its count of ratings and its helpful votes ("★★★★★", "4.8 von 213 Bewertungen", "Helpful (12)"), in several languages.',
    pattern: line(alt(
      '[★☆✩✭✮⭐✰]{3,5}(?:\\s*\\(?\\d[\\d.,]*\\)?)?',
      '\\d(?:[.,]\\d{1,2})?\\s?(?:/\\s?5(?:[.,]0{1,2})?|(?:von|out of|de|sur|su|z|из|van) 5)(?: (?:stars?|sternen?|estrellas|étoiles|estrelas|stelle|gwiazdek|звезд))?(?:\\s*[(·,–-]?\\s*\\d[\\d.,]*\\s(?:bewertungen|ratings?|reviews?|votes?|stimmen|avis|notes|valoraciones|reseñas|votos|avaliações|recensioni|voti|opinie|opinii|ocen|оцен(?:ок|ки|ка)|отзыв(?:ов|а)?|beoordelingen|stemmen)\\)?)?',
      '\\d(?:[.,]\\d{1,2})? (?:von|out of|de|sur|su|z|из|van) \\d[\\d.,]* (?:bewertungen|ratings?|reviews?|votes?|stimmen|avis|notes|valoraciones|reseñas|votos|avaliações|recensioni|voti|opinie|opinii|ocen|оцен(?:ок|ки|ка)|отзыв(?:ов|а)?|beoordelingen|stemmen)', '\\(?\\d[\\d.,]* (?:bewertungen|ratings?|reviews?|votes?|stimmen|avis|notes|valoraciones|reseñas|votos|avaliações|recensioni|voti|opinie|opinii|ocen|оцен(?:ок|ки|ка)|отзыв(?:ов|а)?|beoordelingen|stemmen)\\)?',
      '(?:hilfreich|helpful|útil|utile|nützlich|pomocne|przydatne|полезно|nuttig)\\s*\\(\\d[\\d.,]*\\)',
    )),
    hint: /[★☆✩✭✮⭐✰]|\d\s?\/\s?5|\d (?:von|out of|de|sur|su|z|из|van) \d|bewertung|rating|review|vote|stimmen|avis|notes|valoracion|reseña|voto|avalia|recension|voti|opini|ocen|оцен|отзыв|beoordeling|stemmen|hilfreich|helpful|útil|utile|nützlich|pomocne|przydatne|полезно|nuttig/iu,
    zone: 'any',
    maxWords: 16,
    examples: ['★★★★★', '★★★★☆ (213)', '4.8 von 213 Bewertungen', '4.8 out of 5 stars (213 ratings)', '4,89/5,00', '2.341 Bewertungen', '(12 reviews)', '4,5 sur 5 étoiles', 'Hilfreich (38)', 'Helpful (12)'],
    counterExamples: ['4.8 out of 5 voters said they would come back.', '213 reviews were filed in March, the regulator said.', 'Five stars for the new ferry, say passengers.'],
    languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'ru', 'nl'],
  },
  {
    id: 'update-notice',
    kind: 'other',
    description: 'A note that the story is still developing and will be updated ("This story will be updated", "Em atualização", "Notizia in aggiornamento"), in several languages: the site\'s, not the article\'s.',
    pattern: line(alt(
      '(?:this is a )?(?:developing|breaking)(?: news)? story(?:[.,;]? (?:and )?(?:it )?will be updated\\b.{0,80})?',
      '(?:this|the) (?:story|article|post|page) (?:will be|is being|may be|has been and will be) updated\\b.{0,80}', '(?:more|further) (?:details|information|updates) to (?:come|follow)[.!]?', 'check back (?:later )?for (?:more )?updates[.!]?',
      'we will (?:update|continue to update) this (?:story|article|post)\\b.{0,80}',
      '(?:(?:notícia|matéria|reportagem|texto) )?em atualização[.!…]*', '(?:esta|essa) (?:notícia|matéria|reportagem) (?:será|está sendo|vai ser) atualizada\\b.{0,80}',
      '(?:(?:noticia|nota|información) )?en (?:desarrollo|actualización)[.!…]*', '(?:esta|la) (?:noticia|nota|información) (?:se actualizará|será actualizada|se está actualizando|está en desarrollo)\\b.{0,80}', 'ampliaremos (?:la )?información(?: en breve)?[.!…]*', 'más información en breve[.!…]*',
      '(?:(?:notizia|articolo) )?in (?:aggiornamento|via di aggiornamento)[.!…]*', 'seguiranno aggiornamenti[.!…]*',
      'article en cours (?:de )?(?:mise à jour|actualisation)[.!…]*', '(?:cet article|cette information|cette dépêche) (?:sera|va être) (?:mise? à jour|actualisée?|complétée?)\\b.{0,80}', "plus d['’]informations à venir[.!…]*",
      '(?:dieser artikel|diese meldung|dieser beitrag) wird (?:laufend |fortlaufend |ständig )?aktualisiert\\b.{0,80}', '(?:der artikel )?wird (?:laufend )?aktualisiert[.!…]*', 'mehr (?:informationen )?in kürze[.!…]*', 'weitere informationen folgen[.!…]*',
      '(?:новость|материал|информация) (?:дополняется|обновляется|уточняется)[.!…]*',
      '※?(?:この記事は)?(?:随時)?(?:更新|追記)(?:しています|します|する予定です|予定です)。?',
    )),
    hint: /developing|breaking|updated|to (?:come|follow)|check back|we will|atualiza|en desarrollo|actualiz|ampliaremos|más información|aggiornament|mise à jour|actualis|sera |informations à venir|aktualisiert|in kürze|informationen folgen|дополняется|обновляется|уточняется|更新|追記/iu,
    zone: 'any',
    maxWords: 25,
    examples: ['This story will be updated.', 'This is a developing story and will be updated as more information becomes available.', 'More details to come.', 'Em atualização', 'Notícia em atualização', 'Noticia en desarrollo', 'Ampliaremos información',
      'Notizia in aggiornamento', 'Article en cours de mise à jour', 'Dieser Artikel wird laufend aktualisiert.', 'Новость дополняется', '※この記事は随時更新します。'],
    counterExamples: ['The software will be updated next month, the company said.', 'The story of the town hall is being updated for a new exhibition.', 'En desarrollo desde 2019, el proyecto costó 3 millones.', 'Il sito è in aggiornamento da mesi, lamentano i residenti.'],
    languages: ['en', 'pt', 'es', 'it', 'fr', 'de', 'ru', 'ja'],
  },
  {
    id: 'gallery-counter',
    kind: 'other',
    description: 'Image-gallery and player controls: "1 of 12", "Enlarge this image", durations.',
    pattern: line(
      alt(
        '(?:image|photo|picture|slide|foto|imagen|immagine|bild|zdjęcie|фото)?\\s*\\d{1,3}\\s*(?:of|/|de|von|из|sur|di|z|van|av)\\s*/?\\s*\\d{1,3}', '\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\s+(?:of|von|de|sur|di|z)\\s+\\d{1,4}', 'enlarge this image', 'toggle caption', 'hide caption', 'show caption',
        'expand', 'click to expand', 'click to enlarge',
        // A player's countdown: "Wait 1 second to continue.", "Your video will begin in 10 seconds", "Up next in 5", "Das Video startet in 5 Sekunden".
        'wait \\d{1,2} seconds? to continue\\.?', '(?:(?:your|the|this) )?(?:video|clip|ad|advertisement|story) (?:will )?(?:begin|start|play|resume|continue)s? in \\d{1,2}(?: seconds?| s)?\\.?', 'up next in \\d{1,2}(?: seconds?)?', '(?:das )?video (?:startet|beginnt) in \\d{1,2} sekunden\\.?',
        '(?:la )?vidéo (?:commence|démarre|reprend) dans \\d{1,2} secondes?\\.?', '(?:el )?v[ií]deo (?:comienza|empieza|se reproducirá) en \\d{1,2} segundos?\\.?', '(?:o )?v[ií]deo (?:come[cç]a|inicia) em \\d{1,2} segundos?\\.?', '(?:il )?video (?:inizia|parte|riprende) tra \\d{1,2} secondi\\.?',
        // "[+] Enlarge", "View larger image", and in more languages.
        '(?:\\[\\+\\]\\s*)?enlarge(?: (?:image|photo|picture))?', 'view larger(?: image| photo)?', '(?:bild )?vergrößern', 'agrandir(?: l\'image| la photo)?', 'ampliar(?: (?:imagen|imagem|foto))?', 'ingrandisci(?: (?:immagine|foto))?', 'powiększ(?: zdjęcie)?', 'увеличить(?: фото| изображение)?',
        // "Click on the picture above and see …": a prompt that points at a picture.
        '(?:click|clique|cliquez|klicken sie|klick|haga clic|haz clic|clicca|kliknij|нажмите)\\s.{0,30}\\b(?:image|images|imagem|imagen|immagine|foto|photo|picture|bild|zdjęcie|картинку|фото)\\b.{0,200}', '(?:view|open|expand|continue viewing|see) (?:the )?gallery(?:\\s*\\(\\d{1,4}(?: photos| images| pictures)?\\))?', 'see (?:all )?\\d{1,4} (?:photos|images|pictures)', '(?:ver|veja|abrir) (?:a )?galeria(?: (?:completa|de fotos))?', 'ver (?:la )?galería(?: (?:completa|de fotos))?', 'play video', 'watch video', 'play', 'pause', 'mute', 'unmute', 'loading\\s?(?:\\.+|…)?', 'загрузка\\s?(?:\\.+|…)?', 'carregando\\s?(?:\\.+|…)?', 'wird geladen\\s?(?:\\.+|…)?',
        '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?', 'video', 'audio', '\\d+ min(?:ute)?s? listen',
        // An article's audio player, with its length or not ("Listen to this article · 5 min", "Ouça este conteúdo", "Artikel anhören (4 Minuten)").
        `(?:${LISTEN})${DURATION}`,
        // Polish gallery and player controls: "Galeria (14 zdjęć)", "Zobacz zdjęcia", "Odtwórz", "Wycisz", "Pełny ekran".
        'galeria(?:\\s*\\(\\d{1,4}(?:\\s*zdję(?:cie|cia|ć))?\\))?', '\\d{1,4}\\s*zdję(?:cie|cia|ć)', '(?:zobacz|otwórz|przejdź do) (?:zdjęcia|galerię|wideo|film)', 'odtwórz(?: wideo| film)?', 'wycisz', 'wyłącz wyciszenie', 'pauza', 'pełny ekran', '(?:posłuchaj|odsłuchaj) (?:artykułu|artykuł|tekstu)',
        // A gallery's own buttons, left in the text wherever the gallery stands: "Caption", "Close", "Back to gallery", full screen.
        // A gallery teaser's count of pictures: "12 fotos", "9 photos", "18 Bilder".
        '\\d{1,3}\\s*(?:fotos|photos|pictures|images|bilder|fotografias|imágenes|immagini|фото(?:графий)?)',
        '(?:(?:video|vídeo|vidéo) )?(?:duração|duración|durée|dauer|duration|durata|длительность|czas trwania|duur|videolänge|videodauer)(?: (?:de la vidéo|del (?:vídeo|video)|do vídeo|des videos|видео|wideo|van de video))?\\s*:?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,3}\\s?(?:min|m)\\.?(?:\\s?\\d{1,2}\\s?(?:s|seg|sek|sec)\\.?)?)',
        // An audio player's and a slideshow's buttons, and where else to listen: "Play episode", "-15s", "1x", "Listen on", "Start slideshow".
        'play (?:episode|audio|podcast|video|now)', 'share (?:episode|podcast)', '[-+−]\\s?\\d{1,2}\\s?s', '\\d(?:[.,]\\d{1,2})?\\s?[x×]', 'listen on(?: (?:apple podcasts|spotify|youtube music|amazon music|google podcasts|pocket casts|deezer))?:?',
        '(?:start|replay|restart|view|launch) (?:the )?slideshow', 'view as (?:a )?list', 'start over', '(?:diashow|bildergalerie) (?:starten|neu starten)', '(?:lancer|revoir) le diaporama', '(?:iniciar|ver) (?:la )?presentación',
        // The player's labels: "Now Playing", "Autoplay" (on or off).
        'now playing', 'autoplay(?:\\s*(?:on|off|an|aus))?', 'en cours de lecture', 'lecture automatique', 'in riproduzione', 'riproduzione automatica', 'reproduciendo ahora', 'reproducción automática', 'reproduzindo agora', 'reprodução automática', 'automatische wiedergabe', 'автовоспроизведение', 'teraz odtwarzane', 'autoodtwarzanie', 'automatisch afspelen',
        'caption', 'close', '[×✕✖]', '(?:back|return) to (?:the )?gallery', 'zurück zur (?:bilder)?galerie', 'retour à la galerie', 'volver a la galería', 'voltar (?:para|à) (?:a )?galeria', 'torna alla galleria', 'powrót do galerii', 'вернуться (?:в|к) галере[юи]', 'закрыть',
        '(?:この記事の)?(?:写真|画像)(?:を見る)?\\s?[（(]\\d{1,3}枚[)）]', 'この記事の(?:写真|画像)(?:を見る)?', '(?:foto|photo|picture|image|bilder|video)\\s?-?(?:gallery|galerie|galleria|galería|galeria|strecke)', 'galerie (?:photos?|d[\'’]images)', 'galer[ií]a de (?:fotos|imágenes|imagens)', 'full ?screen', 'vollbild(?:modus)?', 'plein écran', 'pantalla completa', 'tela cheia', 'ecrã inteiro', 'schermo intero', 'во весь экран', 'view (?:all )?photos', 'buy (?:this )?photo', 'alle fotos (?:anzeigen|ansehen)', 'voir (?:toutes )?les photos', 'ver (?:todas )?las fotos', 'ver (?:todas )?as fotos',
      ),
    ),
    zone: 'any',
    examples: ['Play episode', '-15s', '+30s', '1x', '1.5x', 'Listen on', 'Listen on Spotify', 'Share episode', 'Start slideshow', 'Replay slideshow', 'View as list', 'View gallery (12 photos)', 'Continue viewing gallery', 'See all 12 photos', '×', 'Wait 1 second to continue.', 'Your video will begin in 10 seconds', 'Up next in 5', 'Das Video startet in 5 Sekunden', 'La vidéo commence dans 5 secondes', 'Video Duration 02:15', 'Durée de la vidéo : 02:15', 'Duración del vídeo: 1:05', 'Czas trwania: 03:12', 'Now Playing', 'Autoplay', 'Autoplay On', 'En cours de lecture', 'Lecture automatique', 'In riproduzione', 'Reproducción automática', 'Reprodução automática', 'Automatische Wiedergabe', 'Автовоспроизведение', 'Autoodtwarzanie', 'Automatisch afspelen',
      '1 of 12', 'FOTOGALLERY', 'Photo gallery', 'Bildergalerie', 'Galerie photos', 'Galería de fotos', 'Foto 3 di 8', 'Zdjęcie 2 z 24', 'Foto 4 van 10', 'Bild 5 av 12', 'Loading ...', 'Ouvir esta notícia', 'Clique na imagem acima e veja o ranking completo.', 'Click on the photo to see the gallery', 'Image 3 of 10', 'Image 1 of / 23', '1 - 5 of 36', 'Enlarge this image', '[+] Enlarge', 'Bild vergrößern', '2:45', '00:00 / 04:12', 'toggle caption', 'Galeria (14 zdjęć)', 'Ver galeria completa', 'ZOBACZ ZDJĘCIA', 'Odtwórz', 'Wycisz', 'Pełny ekran',
      'Caption', 'Close', 'Back to Gallery', 'Duração: 02:47', 'Duração: 1 min 48 s', 'この記事の写真', '12 fotos', '9 photos', '18 Bilder', 'Zurück zur Galerie', 'Plein écran', 'View Photos', 'Buy Photo', 'Listen to this story', 'Listen to this article · 5 min', 'Listen (4 min)', 'Ouça este conteúdo', 'Ouvir o texto', 'Artikel anhören (4 Minuten)', "Écouter l'article", "Ascolta l'articolo", 'Прослушать статью', 'Luister naar dit artikel', 'この記事を聞く', 'この記事の写真（3枚）', '画像を見る(12枚)'],
    counterExamples: ['Now playing in cinemas, the film has earned $40 million.', 'Autoplay videos annoy readers, the survey found.', 'Three of the 12 victims were children.', 'Loading the ferry took three hours.', 'Ouvir esta notícia foi um choque, disse a mãe.', 'Galeria sztuki współczesnej otworzy się w maju, zapowiada prezydent miasta.', 'Close to the harbour, the new library opens in May.', 'Caption contests are back at the county fair.', 'Zobacz zdjęcia z wesela, prosiła panna młoda gości.',
      "Listen to this article's critics and you will hear a different story.", 'Ouça este conteúdo com atenção, pediu o professor aos alunos.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pl', 'pt', 'it', 'nl', 'ja'],
  },
  {
    id: 'published-stamp',
    kind: 'dateline-meta',
    description: 'A published / updated stamp or a reading time.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          // A Japanese stamp without the year: "11/19(火) 17:45配信", "最終更新:11/19(火) 18:02".
          '(?:最終更新|更新|配信|公開)?\\s*[:：]?\\s*\\d{1,2}/\\d{1,2}\\s*[(（][月火水木金土日][)）]\\s*\\d{1,2}:\\d{2}\\s*(?:配信|更新|公開)?',
          // The time of the last change alone, in brackets: "（最終更新 11:05）".
          '[（(]?(?:最終更新|更新)\\s*[:：]?\\s*\\d{1,2}:\\d{2}\\s*[）)]?',
          '(?:publish(?:ed)? date|publication date|date of publication|erscheinungsdatum|date de publication|fecha de publicación|data de publicação|data di pubblicazione)\\s*[:：]?\\s*.{0,80}',
          // A date line that ends in the reading time ("Nov 18, 2019 at 9:24 pm ET • 2 min read").
          '.{1,80}[•·|–-]\\s*\\d{1,3}\\s*(?:min|mins|minute|minutes|minuten|minutos|minuti|minuty?|мин|минут|минуты)\\.?\\s*(?:read|lesezeit|lesedauer|de lectura|de leitura|de lecture|di lettura|czytania|leestijd|чтения|чтение)',
          // A blog's post line: a date with the comment count or prompt ("12/08/2018 2 comentários Category", "October 12, 2018/0 Comments/in News").
          '(?!.*[.?]$).{0,60}(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\b(?:19|20)\\d\\d\\b).{0,24}?(?:\\b(?:\\d+|no|sem|sin|keine|aucun|nessun)\\s*(?:comments?|comentários?|comentarios?|kommentare?|commentaires?|commenti|комментари\\p{L}*)\\b|\\b(?:comente|comenta|commentez|kommentieren)!).{0,120}',
          // (Not a live story's update line: "Updated at 14:30: the road is open again.")
          '(?!.*\\d[:.]\\d{2}\\s*[:–—]\\s+\\p{L}+[\\s,]+\\p{L}+[\\s,]+\\p{L}+)(?:published|posted|updated|last updated|last modified|first published|modified|date|publicado|actualizado|actualizada|veröffentlicht|aktualisiert|stand|publié|mis à jour|mise à jour|опубликовано|обновлено|дата публикации|atualizado|atualizada|publicado em|pubblicato|aggiornato|diterbitkan|نشر|نُشر|تاريخ النشر|آخر تحديث)(?:\\s*[:：]\\s*.{0,80}|\\s+(?:\\S+\\s+){0,2}\\S*\\d.{0,60})',
          '\\d{1,3}\\s*(?:min|mins|minute|minutes|minuten|minutos|minuti|minuty?|мин|минут|минуты|دقائق|دقيقة)\\.?\\s*(?:read|lesezeit|lesedauer|de lectura|de leitura|de lecture|di lettura|czytania|leestijd|чтения|чтение|قراءة)',
          '(?:reading time|lesezeit|lesedauer|tiempo de lectura|temps de lecture|tempo de leitura|время чтения|lecture|lectura|leitura|lettura|czas czytania|leestijd|tempo di lettura)\\s*:?\\s*\\d{1,3}.{0,20}',
          // Japanese: "この記事は約3分で読めます", "読了時間：約5分".
          '(?:この記事は)?約?\\d{1,3}分で読めます。?', '(?:読了時間|読了目安)\\s*[:：]?\\s*約?\\d{1,3}分',
          '(?:pressemitteilung|pressemeldung|communiqué(?: de presse)?|nota de prensa|comunicado(?: de prensa)?|comunicato stampa|komunikat prasowy|persbericht|press release)\\s*(?:vom|du|del|de|z|van|of|·|-|–|:)?\\s*\\S*\\d.{0,40}',
          // (with a teaser card's source before it: "AP - 53 mins ago")
          '(?:[\\p{L}&.\'’ ]{1,30}\\s[-–—|·•]\\s)?(?:about |updated |posted )?\\d{1,3}\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[smhd])\\s+ago(?:\\s+at\\s+\\d{1,2}:\\d{2}\\s*(?:am|pm)?)?',
          '(?:today|yesterday|hoy|ayer|heute|gestern|aujourd\'hui|hier|сегодня|вчера|hoje|ontem|oggi|ieri|dzisiaj|dziś|wczoraj|vandaag|gisteren|dnes|včera|сьогодні|вчора|bugün|dün|i dag|idag|i går|igår|azi|astăzi)(?:(?:\\s*,)?(?:\\s*(?:at|a las|um|à|в|о|às|alle|o|om|kl\\.?|saat))?\\s*\\d{1,2}[:.h]\\d{2}\\s*(?:am|pm|uhr)?)?',
          // (A month's name, not a word that starts like one: "Marktplatz 3", "Mayor 2".)
          '(?:jan(?:uary|uar|uari|vier)?|feb(?:ruary|ruar|ruari)?|mar(?:ch|s|ts|zo)?|maart|apr(?:il)?|may|jun(?:e|i|io|ho)?|jul(?:y|i|io|ho)?|juillet|aug(?:ust|usti|ustus)?|sep(?:t|tember|tembre|tiembre)?|oct(?:ober|obre|ubre)?|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?)\\.?\\s+\\d{1,2}(?:,?\\s+\\d{1,2}:\\d{2}\\s*(?:am|pm)?)?',
          // A notice that the article is old ("This article is more than 2 years old", "Dieser Artikel ist älter als ein Jahr", "Este artigo tem mais de 2 anos").
          '(?:this|the) (?:article|story|content|page|post) (?:is (?:more than|over) (?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old|was (?:first )?published (?:more than|over) (?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) ago)[.!]?',
          '(?:dieser|der) (?:artikel|beitrag|text) ist (?:älter als|mehr als|über) (?:\\d{1,2}|einen|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (?:jahre?n?|monate?n?)(?: alt)?[.!]?',
          "(?:cet|l['’]) ?article (?:date de|a) plus d(?:e |['’])(?:\\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ?(?:ans?|années?|mois)[.!]?",
          '(?:(?:este|el) (?:artículo|contenido|texto)|(?:esta|la) (?:noticia|nota)) tiene más de (?:\\d{1,2}|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:años?|meses?)(?: de antigüedad)?[.!]?',
          '(?:(?:este|esse|o) (?:artigo|conteúdo|texto)|(?:esta|essa|a) (?:notícia|matéria|reportagem)) tem mais de (?:\\d{1,2}|um|dois|três|quatro|cinco|seis|sete|oito|nove|dez) (?:anos?|meses)[.!]?',
          "(?:questo |l['’])articolo (?:ha più di (?:\\d{1,2}|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:anni|anno|mesi)|è stato pubblicato (?:più di|oltre) (?:\\d{1,2}|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:anni|anno|mesi) fa)[.!]?",
          'эт(?:ой|ому) (?:статье|новости|материалу|публикации) (?:больше|более) (?:\\d{1,2} (?:лет|года?|месяц(?:а|ев)?)|года|полугода)[.!]?',
          '(?:ten )?(?:artykuł|tekst) ma (?:ponad|więcej niż) (?:rok|\\d{1,2} lat[a]?)[.!]?', 'dit (?:artikel|bericht) is (?:meer dan (?:\\d{1,2}|een|één|twee|drie|vier|vijf) jaar oud|ouder dan (?:\\d{1,2}|een|één|twee|drie|vier|vijf) jaar)[.!]?',
          'hace \\d{1,3}\\s*(?:minutos?|horas?|días?)', 'vor \\d{1,3}\\s*(?:minuten|stunden|tagen)', 'il y a \\d{1,3}\\s*(?:minutes?|heures?|jours?)',
          '\\d{1,3}\\s*(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\\s+назад', 'há \\d{1,3}\\s*(?:minutos?|horas?|dias?)', '\\d{1,3}\\s*(?:minut[oi]|or[ae]|giorn[oi])\\s+fa', '\\d{1,3}\\s*(?:minut[ęy]?|godzin[ęy]?|dni|dzień)\\s+temu', '\\d{1,3}\\s*(?:minuten|minuut|uur|dagen|dag)\\s+geleden', 'منذ \\d{1,3}\\s*(?:دقيقة|دقائق|ساعة|ساعات|يوم|أيام)',
        ) +
        ')$',
      'iu',
    ),
    zone: 'any',
    maxWords: 24,
    examples: ['Mar 3', 'March 12, 10:42 am', 'Sept 4', 'marzo 12', 'octubre 5', 'maart 14', 'This article is more than 2 years old', 'This article is more than a year old', 'This article was published more than 5 years ago.', 'Dieser Artikel ist älter als ein Jahr.', 'Dieser Artikel ist mehr als 2 Jahre alt.', "Cet article date de plus d'un an.", 'Cet article a plus de 2 ans', 'Este artículo tiene más de 2 años', 'Esta noticia tiene más de un año',
      'Este artigo tem mais de 2 anos', 'Questo articolo ha più di 2 anni', 'Этой статье больше 2 лет', 'Ten artykuł ma ponad 2 lata', 'Dit artikel is meer dan 2 jaar oud',
      '11/19(火) 17:45配信', '最終更新:11/19(火) 18:02', '（最終更新 11:05）', 'Published: 12 March 2024, 14:05 GMT', 'Updated 3 hours ago', 'Dzisiaj, 09:41', 'Heute, 09:41 Uhr', 'Oggi alle 09:41', 'Yesterday', 'Gestern', 'Ayer', 'Вчера', '3 ore fa', '2 godziny temu', '5 minuten geleden', 'AP - 53 mins ago', '5 min read', '3 minuti di lettura', '3 min czytania', '3 minuten leestijd', 'Lettura: 4 minuti', 'この記事は約3分で読めます', '読了時間：約5分', 'Nov 18, 2019 at 9:24 pm ET • 2 min read', 'Publish date:', 'Carlos Lima 23/08/2018 2 comentários Educação, Leitura', 'October 12, 2018/0 Comments/in News /by admin', 'Actualizado: 12/03/2024', 'Veröffentlicht am 12.03.2024', 'Опубликовано 12 марта 2024'],
    counterExamples: ['Marktplatz 3', 'Mayor 2', 'Junior 5', 'The article is more than 2 years old, the court noted.', 'Este artigo tem mais de 2 anos de vigência, lembrou o juiz.', 'Dieser Artikel ist älter als ein Jahr, sagte der Richter.', 'Updated at 14:30: the road is open again after the crash.', 'Обновлено в 11:20: трубу заварили, систему начали заполнять водой.', 'Published figures show unemployment fell in March, the agency said.', 'In 2019 there were 40 comments on the plan.', 'この記事は3分で読めるほど短い。'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'pl', 'nl', 'ja', 'cs', 'uk', 'tr', 'sv', 'da', 'no', 'ro'],
  },
  {
    id: 'feed-footer',
    kind: 'feed-footer',
    description: 'An RSS-to-file footer: the article\'s (short) link followed by its publication date.',
    pattern: /^https?:\/\/\S+\s+.{0,40}\d{4}.{0,30}$/iu,
    zone: 'any',
    maxWords: 16,
    examples: ['https://ift.tt/yPL7XRi 19, 2022 at 07:45PM', 'https://example.com/a/1 November 19, 2022 at 07:45PM'],
    counterExamples: ['https://example.com/report'],
    languages: ['*'],
  },
  {
    id: 'feed-source-line',
    kind: 'source-line',
    description: 'The feed name an RSS-to-file pipeline appends: "from <Feed>" / "via <Feed>" after the article.',
    pattern: /^(?:from|via)\s+(\S.{1,80})$/iu,
    zone: 'footer',
    maxWords: 10,
    examples: ['from RT – Daily news', 'via The Daily Bulletin'],
    counterExamples: ['From there, the convoy moved north towards the border.'],
    languages: ['en'],
  },
  {
    id: 'feed-post-line',
    kind: 'source-line',
    description: 'The line a WordPress feed appends to each item: "The post <title> appeared first on <site>.", in the languages WordPress is translated into.',
    pattern: new RegExp(`^(?:The post|Der Beitrag|La entrada|L['’]article|O post|Сообщение|Artykuł|Wpis|Het bericht) [\\p{Lu}\\p{N}"“‘'«„].{0,240} (?:${FIRST_ON}) \\S.{0,100}$`, 'u'),
    zone: 'any',
    maxWords: 60,
    examples: ['The post Council approves new cycle lanes appeared first on Valley News.', 'Der Beitrag Radwege in der Innenstadt erschien zuerst auf Tal-Nachrichten.', 'La entrada Nueva línea de metro se publicó primero en Valle Noticias.',
      'L’article Le marché du samedi est apparu en premier sur Vallée Info.', 'O post Horta comunitária no bairro apareceu primeiro em Vale Notícias.', 'Сообщение Новый мост появились сначала на Новости Долины.', 'Artykuł Nowy most na Wiśle pochodzi z serwisu Wiadomości Doliny.', 'Het bericht Nieuwe brug verscheen eerst op Dalnieuws.'],
    counterExamples: ['The post, which was later deleted, appeared first on a forum for local residents.', 'The post was shared widely.', 'the post Council approves appeared first on Valley News.'],
    languages: ['en', 'de', 'es', 'fr', 'pt', 'ru', 'pl', 'nl'],
  },
  {
    id: 'tracking-link',
    kind: 'tracking-link',
    description: 'A bare link carrying tracking parameters (utm_, fbclid, gclid…).',
    pattern: /^<?https?:\/\/\S*[?&](?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref_src|igshid)=\S*>?$/iu,
    zone: 'any',
    examples: ['https://example.com/story?utm_source=rss&utm_medium=feed'],
    counterExamples: ['https://example.com/report.pdf'],
    languages: ['*'],
  },
  {
    id: 'shortcode',
    kind: 'other',
    description: 'A blog engine\'s shortcode left unrendered: "[caption id=… width=…]…[/caption]", "[button link=…]…[/button]", "[embed]…[/embed]", "[gallery ids=…]".',
    // The tag alone, with its attributes, or closed on the line: "[Video] Watch …" is a label, not a shortcode.
    pattern: new RegExp(
      String.raw`^(?:\[(caption|button|embed|gallery|video|audio|playlist|contact-form(?:-7)?|gravityforms?|mc4wp_form|wpforms|ninja_forms?|vc_[a-z_]+|et_pb_[a-z_]+|fusion_[a-z_]+|su_[a-z_]+|tweet|instagram|youtube|soundcloud|adsense|ad|sharethis|ssba|social_warfare|newsletter|mailpoet_form|wp_ad_camp_\d+)(?:\s+[\w-]+=(?:["“”'][^"“”']*["“”']|[^\s\]]+))*\s*\/?\](?:.{0,400}?\[\/\1\])?|(?:\[\/?(?:vc_[a-z_]+|et_pb_[a-z_]+|fusion_[a-z_]+)[^\]]{0,200}\])+)$`,
      'iu',
    ),
    hint: /^\[/u,
    longLines: true,
    zone: 'any',
    maxWords: 80,
    examples: ['[button link="https://example.com/submit/" type="big" newwindow="yes"] Send us your review[/button]', '[button link=”https://example.com/submit/” type=”big”] Send us your review[/button]', '[caption id="attachment_1201" align="aligncenter" width="640"] Fishing boats in the harbour at dawn[/caption]', '[embed]https://video.example.com/watch?v=abc[/embed]', '[gallery ids="12,13,14"]', '[contact-form-7 id="42" title="Contact form 1"]', '[/vc_column_text][/vc_column][/vc_row]'],
    counterExamples: ['[Updated] The council voted on Monday.', '[1] Smith, J. (2019). Harbour walls.', '[Video] Watch the storm hit the coast', '[caption needed]', '[Embed this story on your site]'],
    languages: ['*'],
  },
  {
    id: 'error-report',
    kind: 'other',
    description: 'A prompt to report a typo: "Found an error? Select it and press Ctrl+Enter", in several languages.',
    pattern: new RegExp(
      '^(?:' +
        alt(
          '.{0,120}\\bctrl\\s*\\+\\s*enter\\b.{0,120}',
          // A portal's button to report the article: "記事に関する報告", "この記事を通報する".
          '(?:この)?記事(?:に関する|を)(?:報告|通報)(?:する)?',
          '(?:вы )?(?:нашли|заметили|увидели) (?:ошибку|опечатку|неточность)(?: в (?:тексте|материале|статье))?\\s?[?!.,].{0,160}', '(?:tipp)?fehler (?:gefunden|entdeckt)\\s?[?!].{0,160}',
          '(?:have you |did you )?(?:found|spotted|seen|noticed|see|spot|find|notice) (?:a|an|any) (?:error|typo|mistake|inaccuracy)(?: in (?:this|the|our) (?:article|story|text|report|post))?\\s?\\?.{0,160}',
          'vous avez (?:trouvé|repéré|remarqué|vu|relevé|constaté) une (?:erreur|faute|coquille)(?: d\'orthographe)?(?: dans (?:cet|l[\'’]) article)?\\s?\\?.{0,160}', 'une (?:erreur|coquille) (?:dans (?:cet|l[\'’]) article|à (?:nous )?signaler)\\s?\\?.{0,160}',
          '¿?(?:has |ha |han )?(?:encontrado|encontraste|visto|viste|detectado|detectaste|notado|notaste|advertido) (?:un|algún) (?:error|fallo|errata)(?: en (?:esta|este) (?:noticia|nota|artículo|texto|información))?\\s?\\?.{0,160}',
          '(?:você )?(?:encontrou|viu|notou|achou|identificou|percebeu) (?:um |algum )?erro(?: n[ea]st[ea] (?:matéria|notícia|texto|reportagem|artigo))?\\s?\\?.{0,160}', '(?:hai )?(?:trovato|notato|visto|individuato) un errore(?: in questo articolo)?\\s?\\?.{0,160}',
          '(?:haben sie|hast du) (?:einen )?(?:tipp)?fehler (?:gefunden|entdeckt)\\s?\\?.{0,160}',
          // The newsroom's promise of accuracy and where to send a correction ("The Courier is committed to accuracy. If you see an error …").
          '[^.!?]{0,80}\\b(?:is|are) committed to (?:fairness and |fair and )?accura(?:cy|te (?:reporting|journalism))[^.!?]{0,80}[.!]\\s+(?:if you (?:see|spot|find|notice|believe|think|have)|to (?:report|request|submit) (?:an? )?(?:error|correction)|(?:please )?(?:report|send|email|e-mail) (?:any )?(?:errors?|corrections?))\\b.{0,300}',
          '(?:to )?(?:report|flag) (?:an? )?(?:error|correction|inaccuracy|typo)(?: in (?:this|a|our) (?:story|article))?[,:]? (?:please )?(?:e-?mail|contact|write to|call|send|use)\\b.{0,200}',
          '(?:para )?(?:reportar|señalar|comunicar|notificar|avisar de) (?:un |algún )?error(?: en (?:esta|este) (?:noticia|nota|artículo))?[,:]? (?:escr[ií]b\\p{L}*|env[ií]\\p{L}*|contact\\p{L}*|llam\\p{L}*)\\b.{0,200}',
          '(?:pour )?signaler une (?:erreur|faute|coquille)[,:] (?:écrivez|contactez|envoyez|utilisez)\\b.{0,200}', 'um (?:einen )?fehler zu melden[,:] (?:schreiben|kontaktieren|nutzen|senden)\\b.{0,200}', 'per segnalare un errore[,:] (?:scrivi|scrivete|contatta|usa|invia)\\p{L}*\\b.{0,200}', '(?:znalazł|zauważył)(?:eś|aś) błąd\\s?\\?.{0,160}', '(?:een )?fout (?:gezien|gevonden|ontdekt)\\s?\\?.{0,160}',
        ) +
        ')$',
      'iu',
    ),
    hint: /ctrl|ошибк|опечатк|неточност|fehler|error|typo|mistake|inaccura|accura|erreur|faute|coquille|erro|errata|fallo|błąd|fout|記事(?:に関する|を)(?:報告|通報)/iu,
    longLines: true,
    zone: 'any',
    endsBody: true,
    maxWords: 40,
    examples: ['記事に関する報告', 'Нашли ошибку? Выделите текст и нажмите Ctrl+Enter', 'Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.', 'Fehler gefunden? Markieren Sie den Text und drücken Sie Strg+Enter.', 'Found a typo? Let us know.', 'Encontrou um erro? Avise a redação.', 'Hai trovato un errore? Segnalacelo.', 'Haben Sie einen Fehler gefunden?', 'Zauważyłeś błąd? Napisz do nas', 'Fout gezien? Mail de redactie.',
      'The Courier is committed to accuracy. If you see an error in this story, email corrections@courier.example or call 555-0100.', 'Spotted an error? Let us know.', 'Have you spotted a mistake? Let us know.', 'See an error in this story? Contact our editors.', 'To report an error, email corrections@example.com',
      '¿Has visto un error? Escríbenos', '¿Viste un error en esta nota? Avísanos', 'Viu um erro? Avise-nos', 'Notato un errore? Segnalacelo', 'Vous avez vu une erreur dans cet article ? Signalez-la', 'Fehler entdeckt? Schreiben Sie uns', 'Заметили неточность? Напишите нам'],
    counterExamples: ['Нашли ошибку в расчётах только через год, сообщили в ведомстве.', 'The auditors found an error in the accounts for 2019.', 'Press Enter to continue, the screen said.', 'Fout gezien in de berekening, zei de accountant tegen de rechter.',
      'The agency is committed to accuracy, its director told lawmakers on Tuesday.', 'Report an error to the tax office within 30 days, the guidance says.', 'Viu um erro na arbitragem o presidente do clube, que vai recorrer.', 'Il giudice ha notato un errore nella sentenza e l\'ha corretta.'],
    languages: ['ru', 'de', 'en', 'fr', 'es', 'pt', 'it', 'pl', 'nl', 'ja'],
  },
  {
    id: 'icon-label',
    kind: 'navigation',
    description: 'An icon font\'s glyph name shown as text, the font not loaded ("chevron_left", "keyboard_arrow_down"), alone or beside its button\'s label ("chevron_left Back to the blog").',
    pattern: new RegExp(`^(?:(?:${ICON_NAMES})\\s*)+(?:\\S.{0,60})?$|^\\S.{0,60}?\\s(?:${ICON_NAMES})$`, 'u'),
    hint: /_/u,
    zone: 'any',
    maxWords: 12,
    examples: ['chevron_left Back to the blog', 'keyboard_arrow_down', 'Read more arrow_forward', 'thumb_up thumb_down', 'play_arrow Watch the video'],
    counterExamples: ['max_connections = 100', 'The user_id field is required.', 'Set the chevron_left option to false to hide the arrow and keep the page as it is in the print edition.'],
    languages: ['*'],
  },
  {
    id: 'navigation-item',
    kind: 'navigation',
    description: 'A menu item or breadcrumb: a site-section or control word alone on a line, or items joined by separators.',
    pattern: new RegExp(
      // (A footer's row may end in its separators, an item in a question mark: "About us? | ".)
      // (An item ends in a letter, so a run of spaces splits one way only: no backtracking.)
      `^(?:(?:${NAV_WORDS})[\\s]*|(?:${NAV_ITEM}\\s*(?:(?:>|›|»|/|\\||•|·)\\s*)+){2,}(?:${NAV_ITEM})?)$`,
      'iu',
    ),
    // A menu word alone, or a separator: trying the breadcrumb form costs most of this rule.
    hint: new RegExp(`[>›»/|•·]|^(?:${NAV_WORDS})\\s*$`, 'iu'),
    zone: 'outside',
    maxWords: 10,
    examples: ['Menü schließen', 'Suche öffnen', 'Hauptnavigation', 'Sie befinden sich hier:', 'Open menu', 'Close search', 'Main navigation', 'Fermer le menu', 'Usted está aquí:', 'Weiterführende Links', 'ページの先頭へ', 'Jump to Recipe', 'Zum Rezept springen', 'Ir a la receta', 'このページの先頭へ戻る', 'Primary Menu', 'Quick Links', 'Nützliche Links', 'Enlaces de interés', 'Liens utiles', 'Полезные ссылки', 'Hauptmenü', 'Menu principale', 'Главное меню', 'Menu główne', 'Hoofdmenu', 'Entries feed', 'Comments feed', 'Feed der Einträge', 'Flux des commentaires', 'Feed de entradas', 'Feed de comentários', 'Feed dei commenti', 'Лента записей', 'Kanał komentarzy', 'Reacties feed', 'Collapse this bar',
      'Home', 'Menu', 'Skip to content', 'Home > News > World', 'Terms | Privacy | About us? | ', 'Español | English | Français |  | ', 'Главная', 'Strona główna', 'Wczytaj wcześniejsze wpisy', 'Zoeken', 'Sign out', 'Load more stories', 'Carregar mais', 'Показать ещё', 'Meer laden', 'もっと見る', 'ページトップへ', '次ページ', 'このニュースの動画をもっと見る', 'Newest first', 'Älteste zuerst', 'Live-Ticker aktualisieren',
      'Bejelentkezés', 'Přihlásit se', 'Hľadať', 'Pagina principală', 'Търсене', 'Головна', 'Giriş Yap', 'Logga in', 'Log ind', 'Logg inn', 'Kirjaudu sisään', 'Αρχική', 'Masuk', 'Trang chủ', '返回顶部', '로그인', 'Zpět nahoru', 'Til toppen'],
    counterExamples: ['Quick links between the two campuses are planned for next year.', 'Entries feed into the national competition close on Friday.', 'Primary menu items at the school canteen will change in May.',
      'Home prices rose for a third month in a row.', 'Wczytaj dane z karty, prosi automat na dworcu.', 'Masuk ke ruang sidang, terdakwa tampak tenang.', 'Sök efter den försvunna pojken pågår fortfarande.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'id', 'ar', 'pl', 'nl', 'ja', 'hu', 'cs', 'sk', 'ro', 'bg', 'uk', 'tr', 'sv', 'da', 'no', 'fi', 'el', 'vi', 'zh', 'ko'],
  },
];

/** Rules whose evidence is the line's place and neighbours rather than its words. */
export const CONTEXT_RULES: (RuleInfo & { id: RuleId })[] = [
  {
    id: 'date-widget',
    kind: 'widget',
    description: "A date alone on a line above the title: the page's current-date widget (the day it was scraped).",
    examples: ['Thursday, May 23, 2024', 'jueves, 23 de mayo de 2024'],
    counterExamples: ['A date line after the title is a publication stamp, not the widget.'],
    languages: ['en', 'es', 'de', 'fr', 'ru', 'pt', 'it', 'ar'],
  },
  {
    id: 'date-stamp',
    kind: 'dateline-meta',
    description: 'A date or time alone on a line near the title or outside the body: a publication stamp.',
    examples: ['November 19, 2019', '12.03.2024 14:05'],
    counterExamples: ['FRANKFURT, May 9 (Reuters) - Shares rose.'],
    languages: ['*'],
  },

  {
    id: 'teaser-headline',
    kind: 'teaser',
    description: 'The related headline of a teaser block: a short headline-like line after a "Read more" marker or its caption; in a box of cards, each headline and the summary under it; a headline and its excerpt over a "Read more" button of their own (a sponsored card); another story\'s headline in capitals between two paragraphs.',
    examples: ['Read more\nPutin launches nuclear war drills (VIDEOS)'],
    counterExamples: ['Read more\n\nThe minister said on Monday that the talks would resume next week.'],
    languages: ['*'],
  },
  {
    id: 'header-zone',
    kind: 'navigation',
    description: 'Outside the article: above the title, where menus, widgets and section labels live.',
    examples: ['World', 'Video'],
    counterExamples: ['The title above the body stays.'],
    languages: ['*'],
  },
  {
    id: 'footer-zone',
    kind: 'other',
    description: "Outside the article: after its last paragraph, where related headlines, author boxes and site footers live.",
    examples: ['Ferry fares to rise in spring'],
    counterExamples: ['The last paragraph of the article stays.'],
    languages: ['*'],
  },
  {
    id: 'menu-run',
    kind: 'navigation',
    description: 'A run of one- and two-word lines with no sentence among them: a menu.',
    examples: ['News\nSport\nBusiness\nCulture'],
    counterExamples: ['A short list inside the article stays.'],
    languages: ['*'],
  },
  {
    id: 'repeated-line',
    kind: 'other',
    description: 'A line that recurs in many articles of the same source (corpus evidence).',
    examples: ['Listen to the Harbour Post podcast every Friday'],
    counterExamples: ['A line the workspace lists as an exception stays.'],
    languages: ['*'],
  },
  {
    id: 'title-repeat',
    kind: 'other',
    description: 'The headline again below the title (a kicker in capitals, a caption): the title line stays.',
    examples: ['Floods close the coast road\n…\nFLOODS CLOSE THE COAST ROAD'],
    counterExamples: ['A subhead that a table of contents named above stays.'],
    languages: ['*'],
  },
  {
    id: 'repeated-label',
    kind: 'other',
    description: 'A short label the page repeats between the paragraphs, three times or more ("Article content"): the page\'s, not the article\'s.',
    examples: ['First paragraph.\nArticle content\nSecond paragraph.\nArticle content\nThird paragraph.\nArticle content'],
    counterExamples: ["A speaker's name, a Q&A's label (\"Q:\"), a number or a heading that stands once stays."],
    languages: ['*'],
  },
  {
    id: 'social-embed',
    kind: 'share',
    description: 'The head and buttons of a social post set into the page: its author\'s name over the handle, its time, counts, "Reply" and "Copy link". The post\'s text is left to the article.',
    examples: ['Jane Doe\n@janedoe\n·\nFollow\nThe bridge is open again!\n7:41 AM · Jun 3, 2025\n2.4K\nReply\nCopy link\nRead 312 replies'],
    counterExamples: ['A handle alone in a sentence ("Follow @janedoe for updates") or a name over a paragraph stays for the other rules.'],
    languages: ['*'],
  },
  {
    id: 'caption-above-credit',
    kind: 'caption',
    description: "A photo caption: a sentence set apart with the picture's credit right under it.",
    examples: ['\nThe mayor opens the new harbour wall on Monday.\nPhoto: Jane Doe/Reuters\n'],
    counterExamples: ['A name or a heading over a credit (no full stop) stays; so does a paragraph that runs on above the credit.'],
    languages: ['*'],
  },
  {
    id: 'gallery-caption',
    kind: 'caption',
    description: 'A photo\'s caption in a gallery set into the article: under the photo\'s counter ("3 / 12", "Foto 3 di 8") or over its credit, among the gallery\'s other photos.',
    examples: ['\n1 / 8\nThe harbour at dawn\nPhoto: Jane Doe\n2 / 8\nCrowds on the quay\nPhoto: Jane Doe\n'],
    counterExamples: ['A paragraph under the gallery stays: the article goes on below it.'],
    languages: ['*'],
  },
  {
    id: 'caption-under-credit',
    kind: 'caption',
    description: "A photo caption right under the picture's credit, with the byline or the date under it: the picture's, not the article's standfirst.",
    examples: ['\nJane Doe/Reuters\n\nThe mayor, pictured at the harbour in 2023, opened the new wall on Monday.\n\nBy John Roe\n'],
    counterExamples: ['A standfirst under the headline with no credit over it stays; so does a paragraph under a credit with no byline or date below it.'],
    languages: ['*'],
  },
  {
    id: 'pull-quote',
    kind: 'other',
    description: 'A pull quote: a sentence of the article shown again, set apart, between its paragraphs.',
    examples: ['“It tells the island it’s a school day.”  (set apart; the paragraph above or below says it in full)'],
    counterExamples: ['A quote that the article says only once stays; so does a paragraph that repeats a whole other paragraph.'],
    languages: ['*'],
  },
  {
    id: 'code-label',
    kind: 'other',
    description: "A code box's label and copy button over the code: \"bash\" / \"Copy code\".",
    examples: ['bash\nCopy code\nsudo apt install restic', 'ini\nCode kopieren\n[Unit]'],
    counterExamples: ['The code itself stays; so does a word alone that no code follows.'],
    languages: ['*'],
  },
  {
    id: 'paragraph-repeat',
    kind: 'other',
    description: "The lead paragraph given word for word again further down (a share or e-mail box's copy), with the headline over it.",
    examples: ['Floods close the coast road\nHeavy rain closed the coast road on Monday …\n…\nShare\nFloods close the coast road\nHeavy rain closed the coast road on Monday …'],
    counterExamples: ['Another paragraph said twice (an interview question put to each guest, a meal plan) stays.'],
    languages: ['*'],
  },
  {
    id: 'ticker-line',
    kind: 'teaser',
    description: "A news ticker's line: a time and a headline, one under another with no paragraph between, the latest first (a \"Latest\" or live-news box).",
    examples: ['14:44 Soldiers named in the camp inquiry\n14:32 An artist is arrested for colouring a geyser'],
    counterExamples: ["A live story's entry, a time and a headline over its own paragraph, stays; so does a programme of the day, its times running up."],
    languages: ['*'],
  },
];

// JavaScript's \b only knows ASCII letters; give every pattern a boundary that knows all scripts.
// Where \b stands before a word it becomes "no letter before", elsewhere "no letter after".
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_END = String.raw`(?![\p{L}\p{N}_])`;
const unicodeBoundaries = (src: string) =>
  src.replace(/\\b/g, (_m, at: number) => (/^(?:\(|\[|[\p{L}\d]|\\d|\\p)/u.test(src.slice(at + 2)) ? WORD_START : WORD_END));
for (const r of LINE_RULES) if (r.pattern) r.pattern = new RegExp(unicodeBoundaries(r.pattern.source), r.pattern.flags);

export const RULES: RuleInfo[] = [...LINE_RULES, ...CONTEXT_RULES].map(
  ({ id, kind, description, examples, counterExamples, languages }): RuleInfo => ({ id, kind, description, examples, counterExamples, languages }),
);

const byId = new Map(RULES.map((r) => [r.id, r]));
export const ruleById = (id: string): RuleInfo | undefined => byId.get(id);
export const kindOf = (id: string): Kind => byId.get(id)?.kind ?? 'other';
