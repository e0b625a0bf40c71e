// A site's own prose ("about us", a sidebar's welcome, a plea for support) in the page's language:
// three paragraphs of full sentences, as common in the page's words as the article's.
export const ABOUT = {
  en: [
    'Founded in 1998, our newsroom has grown into one of the most read independent news services in the region, with reporters in every district and a team of editors who check every story before it is published.',
    'We believe that local journalism matters, and that readers deserve accurate, fair and independent reporting about the decisions that shape their lives, from the council chamber to the school board.',
    'Our journalism is funded by readers and advertisers. If you value what we do, please consider supporting us with a subscription, which gives you unlimited access to all our stories and archives.',
  ],
  de: [
    'Seit 1998 berichtet unsere Redaktion unabhängig über das, was in der Region passiert. Unsere Reporterinnen und Reporter sind in jedem Landkreis unterwegs, und jede Geschichte wird vor der Veröffentlichung von einem Team geprüft.',
    'Wir sind überzeugt, dass Lokaljournalismus wichtig ist und dass unsere Leserinnen und Leser ein Recht auf genaue, faire und unabhängige Berichterstattung über die Entscheidungen haben, die ihr Leben prägen.',
    'Unser Journalismus wird von Leserinnen, Lesern und Anzeigenkunden finanziert. Wenn Ihnen unsere Arbeit gefällt, unterstützen Sie uns mit einem Abonnement, das Ihnen den Zugang zu allen Artikeln und zum Archiv gibt.',
  ],
  fr: [
    'Depuis 1998, notre rédaction est devenue l’un des services d’information indépendants les plus lus de la région, avec des journalistes dans chaque département et une équipe qui vérifie chaque article avant sa publication.',
    'Nous pensons que le journalisme local compte, et que nos lecteurs ont droit à une information exacte, juste et indépendante sur les décisions qui façonnent leur vie, du conseil municipal à l’école.',
    'Notre journalisme est financé par nos lecteurs et nos annonceurs. Si vous aimez ce que nous faisons, pensez à nous soutenir avec un abonnement, qui vous donne accès à tous nos articles et à nos archives.',
  ],
  es: [
    'Desde 1998, nuestra redacción se ha convertido en uno de los medios independientes más leídos de la región, con periodistas en cada comarca y un equipo de editores que revisa cada noticia antes de publicarla.',
    'Creemos que el periodismo local importa y que nuestros lectores merecen una información precisa, justa e independiente sobre las decisiones que marcan sus vidas, desde el pleno del ayuntamiento hasta la escuela.',
    'Nuestro periodismo se financia con los lectores y los anunciantes. Si valoras lo que hacemos, apóyanos con una suscripción, que te da acceso ilimitado a todas nuestras noticias y a nuestro archivo.',
  ],
  pt: [
    'Fundada em 1998, a nossa redação tornou-se um dos serviços de notícias independentes mais lidos da região, com jornalistas em todos os concelhos e uma equipa de editores que verifica cada notícia antes de ser publicada.',
    'Acreditamos que o jornalismo local é importante e que os nossos leitores merecem uma informação rigorosa, justa e independente sobre as decisões que marcam as suas vidas, da câmara municipal à escola.',
    'O nosso jornalismo é financiado pelos leitores e pelos anunciantes. Se valoriza o que fazemos, apoie-nos com uma assinatura, que lhe dá acesso ilimitado a todas as nossas notícias e ao nosso arquivo.',
  ],
  it: [
    'Dal 1998 la nostra redazione è diventata una delle testate indipendenti più lette della regione, con giornalisti in ogni provincia e una squadra di redattori che controlla ogni articolo prima della pubblicazione.',
    'Crediamo che il giornalismo locale sia importante e che i nostri lettori meritino un’informazione precisa, corretta e indipendente sulle decisioni che segnano la loro vita, dal consiglio comunale alla scuola.',
    'Il nostro giornalismo è finanziato dai lettori e dagli inserzionisti. Se apprezzi quello che facciamo, sostienici con un abbonamento, che ti dà accesso illimitato a tutti i nostri articoli e al nostro archivio.',
  ],
  pl: [
    'Od 1998 roku nasza redakcja stała się jednym z najczęściej czytanych niezależnych serwisów informacyjnych w regionie, z dziennikarzami w każdym powiecie i zespołem redaktorów, który sprawdza każdy tekst przed publikacją.',
    'Wierzymy, że dziennikarstwo lokalne ma znaczenie, a nasi czytelnicy zasługują na rzetelne, uczciwe i niezależne informacje o decyzjach, które kształtują ich życie, od rady miasta po szkołę.',
    'Nasze dziennikarstwo finansują czytelnicy i reklamodawcy. Jeśli cenisz to, co robimy, wesprzyj nas prenumeratą, która daje nieograniczony dostęp do wszystkich naszych artykułów i archiwum.',
  ],
  ru: [
    'С 1998 года наша редакция стала одним из самых читаемых независимых новостных изданий региона: у нас есть корреспонденты в каждом районе и команда редакторов, которая проверяет каждый материал перед публикацией.',
    'Мы уверены, что местная журналистика важна и что наши читатели заслуживают точной, честной и независимой информации о решениях, которые определяют их жизнь, от городского совета до школы.',
    'Нашу работу поддерживают читатели и рекламодатели. Если вам нравится то, что мы делаем, поддержите нас подпиской, которая открывает доступ ко всем нашим материалам и архиву.',
  ],
  ja: [
    '1998年の創刊以来、私たちの編集部は地域で最も読まれている独立系ニュースサービスの一つに成長しました。各地区に記者を置き、すべての記事は公開前に編集チームが確認しています。',
    '私たちは地域の報道が大切であり、読者の皆さまには市議会から学校まで、暮らしを左右する決定について正確で公正な独立した報道を受け取る権利があると考えています。',
    '私たちの報道は読者と広告主の皆さまに支えられています。私たちの仕事を評価していただけるなら、すべての記事とアーカイブを読める購読でご支援ください。',
  ],
};

/** The site's prose in the page's language (English for a language it lacks). */
export const about = (lang) => (ABOUT[lang] ?? ABOUT.en).join('\n\n');
