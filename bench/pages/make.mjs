// Builds our own multilingual test pages: bench/pages/<lang>/<name>.txt (the page as a naive
// scraper gets it: document.body.innerText) and <name>.gold.txt (the article body only, no title),
// in the form of ../shared/eval. Articles are written by hand in src/<lang>.txt; the chaff around and
// inside them comes from the templates below, one per kind of site (news, blog or recipe, public
// office or company), written from how such sites look in general. Run: node bench/pages/make.mjs
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** A small deterministic choice from the page name, so that pages of one site vary. */
function picker(name) {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return {
    pick: (xs) => {
      h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
      return xs[h % xs.length];
    },
    chance: (p) => {
      h = Math.imul(h ^ (h >>> 15), 0x27d4eb2d) >>> 0;
      return (h % 1000) / 1000 < p;
    },
  };
}

// In-body inserts: a line `@kind text` in an article source becomes this chaff.
const INSERTS = {
  de: {
    teaser: (t) => ['Lesen Sie auch', t],
    teaser2: (t) => [`Auch interessant: ${t}`],
    ad: () => ['Anzeige'],
    caption: (t) => [t],
    external: (t) => ['Externer Inhalt', `An dieser Stelle ist ein Inhalt von ${t} eingebunden, der den Artikel ergänzt. Mit einem Klick können Sie ihn anzeigen lassen und wieder ausblenden.`, 'Inhalt anzeigen', 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Dabei können personenbezogene Daten an Drittplattformen übermittelt werden.'],
    newsletter: () => ['Newsletter', 'Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.', 'Jetzt kostenlos anmelden'],
    video: () => ['Video', '02:14'],
  },
  fr: {
    teaser: (t) => ['Lire aussi', t],
    teaser2: (t) => [`À lire aussi : ${t}`],
    ad: () => ['Publicité'],
    caption: (t) => [t],
    external: (t) => ['Contenu externe', `Ce contenu est hébergé par ${t}. Pour l'afficher, vous devez accepter les cookies de ce service.`, 'Afficher le contenu', 'Gérer mes choix'],
    newsletter: () => ['Newsletter', "Recevez chaque matin l'essentiel de l'actualité.", "Je m'inscris"],
    video: () => ['Vidéo', '01:47'],
  },
  es: {
    teaser: (t) => ['Te puede interesar', t],
    teaser2: (t) => [`Lee también: ${t}`],
    ad: () => ['Publicidad'],
    caption: (t) => [t],
    external: (t) => ['Contenido externo', `Este contenido de ${t} no se muestra porque no has aceptado las cookies de terceros.`, 'Mostrar contenido', 'Configurar cookies'],
    newsletter: () => ['Boletín', 'Recibe cada mañana las noticias más importantes en tu correo.', 'Apúntate gratis'],
    video: () => ['Vídeo', '03:05'],
  },
};

/** Site templates: the chaff above the title, between title and body, and after the body. */
const SITES = {
  'de:news': (m, r) => ({
    head: [
      'Zum Inhalt springen', r.pick(['Startseite', 'Home']), 'Lokales', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Panorama', r.pick(['E-Paper', 'Podcasts']), 'Anmelden', r.pick(['Abo', 'Abonnieren', 'Jetzt abonnieren']), '',
      ...(r.chance(0.7)
        ? ['Wir und unsere Partner speichern und verarbeiten personenbezogene Daten wie Ihre IP-Adresse, um Inhalte und Anzeigen zu personalisieren und die Nutzung unserer Seite zu analysieren. Ihre Einwilligung können Sie jederzeit widerrufen.', 'Alle akzeptieren', 'Nur notwendige Cookies', 'Einstellungen', '']
        : []),
      `Startseite › ${m.section} › ${m.kicker}`, '',
      m.kicker,
    ],
    meta: [`Von ${m.author}`, m.date, r.pick(['Lesezeit: 3 Minuten', 'Lesedauer: 4 Min.', '2 Min. Lesezeit'])],
    foot: [
      'Artikel teilen', 'Facebook', 'WhatsApp', 'E-Mail', '',
      ...(r.chance(0.5) ? ['Mehr zum Thema', m.kicker, m.section, ''] : []),
      r.pick(['Das könnte Sie auch interessieren', 'Weitere Artikel', 'Empfehlungen der Redaktion']), ...m.teasers, '',
      r.pick(['Kommentare (4)', 'Kommentare', 'Diskutieren Sie mit']), 'Zum Kommentieren bitte anmelden oder registrieren.', '',
      'Impressum', 'Datenschutz', 'AGB', 'Kontakt', 'Barrierefreiheit', 'Cookie-Einstellungen', '',
      `© ${m.year} ${m.outlet}. Alle Rechte vorbehalten.`,
    ],
  }),
  'de:blog': (m, r) => ({
    head: [
      m.outlet, r.pick(['Menü', 'Menü öffnen']), 'Startseite', 'Rezepte', 'Über mich', 'Kontakt', 'Suche', '',
      ...(r.chance(0.6) ? ['Diese Website benutzt Cookies. Wenn du die Website weiter nutzt, gehen wir von deinem Einverständnis aus.', 'OK', 'Mehr erfahren', ''] : []),
      `Startseite » ${m.section} » ${m.title}`, '',
    ],
    meta: [`${m.date} von ${m.author}`, ...(m.toc.length ? ['', 'Inhaltsverzeichnis', ...m.toc] : [])],
    foot: [
      ...(m.section === 'Rezepte' ? ['Rezept drucken', 'Rezept merken'] : []), 'Teile diesen Beitrag:', 'Pinterest', 'Facebook', 'E-Mail', '',
      'Ähnliche Beiträge', ...m.teasers, '',
      r.pick(['3 Kommentare', '12 Kommentare', 'Ein Kommentar']), `Sabine ${r.pick(['K.', 'M.'])}`, `${m.shortDate} um 18:42 Uhr`, 'Danke für die tolle Anleitung, hat super geklappt!', 'Antworten', '',
      'Hinterlasse einen Kommentar', 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', 'Kommentar *', 'Name *', 'E-Mail *', 'Website', 'Kommentar abschicken', '',
      'Datenschutzerklärung', 'Impressum', 'Nach oben',
    ],
  }),
  'de:office': (m, r) => ({
    head: [
      'Direkt zum Inhalt', 'Direkt zur Suche', 'Leichte Sprache', 'Gebärdensprache', 'English', 'Suche', 'Menü', '',
      'Sie sind hier:', 'Startseite', m.section, 'Pressemitteilungen', '',
    ],
    meta: [`Pressemitteilung vom ${m.date}`],
    foot: [
      'Zurück zur Übersicht', '', r.pick(['Seite drucken', 'Drucken']), 'Seite teilen', r.pick(['Seite empfehlen', 'Link kopieren']), '',
      'Weitere Meldungen', ...m.teasers, '',
      'Service', 'Kontakt', 'Presse', 'Stellenangebote', 'Newsletter abonnieren', '',
      'Impressum', 'Datenschutz', 'Erklärung zur Barrierefreiheit', 'Sitemap', 'Nach oben',
    ],
  }),
  'fr:news': (m, r) => ({
    head: [
      'Aller au contenu principal', 'Accueil', 'Actualités', 'Politique', 'Économie', 'Société', 'Sport', 'Culture', 'International', 'Se connecter', "S'abonner", '',
      ...(r.chance(0.7)
        ? ['Nous et nos partenaires utilisons des cookies et des technologies similaires pour mesurer l\'audience, personnaliser les contenus et les publicités. Vous pouvez modifier vos choix à tout moment.', 'Accepter et fermer', 'Continuer sans accepter', 'Paramétrer les cookies', '']
        : []),
      `Accueil > ${m.section} > ${m.kicker}`, '',
      m.kicker,
    ],
    meta: [`Par ${m.author}`, `Publié le ${m.date}`, r.pick(['Temps de lecture : 3 min', 'Lecture 4 min', 'Mis à jour le ' + m.date])],
    foot: [
      'Partager', 'Partager sur Facebook', 'Partager sur X', 'Copier le lien', 'Envoyer par e-mail', '',
      r.pick(['Sur le même sujet', 'À découvrir aussi', 'Nos articles recommandés']), ...m.teasers, '',
      r.pick(['Commentaires', 'Réagir', 'Les commentaires']), 'Connectez-vous pour commenter cet article.', '',
      'Mentions légales', 'Politique de confidentialité', 'Conditions générales', 'Gestion des cookies', 'Nous contacter', '',
      `© ${m.outlet} ${m.year}. Tous droits réservés.`,
    ],
  }),
  'fr:blog': (m, r) => ({
    head: [
      m.outlet, 'Menu', 'Accueil', 'Recettes', 'À propos', 'Contact', 'Rechercher', '',
      ...(r.chance(0.6) ? ['Ce site utilise des cookies pour améliorer votre expérience de navigation.', 'Accepter', 'Refuser', 'En savoir plus', ''] : []),
    ],
    meta: [`Publié le ${m.date} par ${m.author}`, ...(m.toc.length ? ['', 'Sommaire', ...m.toc, 'Afficher / masquer'] : [])],
    foot: [
      ...(m.section === 'Recettes' ? ['Imprimer la recette', 'Épingler la recette'] : []), 'Partager :', 'Facebook', 'Pinterest', 'WhatsApp', '',
      'Vous aimerez aussi', ...m.teasers, '',
      r.pick(['2 commentaires', '5 commentaires', 'Un commentaire']), `Martine ${r.pick(['L.', 'D.'])}`, `${m.shortDate} à 21 h 10`, 'Merci pour cette recette, toute la famille a adoré !', 'Répondre', '',
      'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'Commentaire *', 'Nom *', 'E-mail *', 'Site web', 'Laisser un commentaire', '',
      'Mentions légales', 'Retour en haut',
    ],
  }),
  'fr:office': (m, r) => ({
    head: [
      'Aller au contenu', 'Aller au menu', 'Aller à la recherche', 'Rechercher', 'Menu', '',
      'Vous êtes ici :', 'Accueil', m.section, 'Communiqués de presse', '',
    ],
    meta: [`Communiqué de presse du ${m.date}`],
    foot: [
      'Retour à la liste des actualités', '', r.pick(['Imprimer la page', 'Imprimer']), 'Partager la page', '',
      'Dans la même rubrique', ...m.teasers, '',
      'Plan du site', 'Accessibilité : partiellement conforme', 'Mentions légales', 'Données personnelles', 'Gestion des cookies', 'Haut de page',
    ],
  }),
  'es:news': (m, r) => ({
    head: [
      'Saltar al contenido', 'Portada', 'Nacional', 'Internacional', 'Economía', 'Deportes', 'Cultura', 'Opinión', 'Iniciar sesión', 'Suscríbete', '',
      ...(r.chance(0.7)
        ? ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios, elaborar información estadística y mostrarte publicidad relacionada con tus preferencias.', 'Aceptar todo', 'Rechazar', 'Configurar', '']
        : []),
      `${m.section} / ${m.kicker}`, '',
      m.kicker,
    ],
    meta: [`Por ${m.author}`, `Actualizado: ${m.date}`, r.pick(['Tiempo de lectura: 3 min', '4 min de lectura', ''])],
    foot: [
      'Compartir en Facebook', 'Compartir en X', 'Compartir en WhatsApp', 'Copiar enlace', '',
      r.pick(['Noticias relacionadas', 'Más noticias', 'Lo más leído']), ...m.teasers, '',
      r.pick(['Comentarios', 'Ver comentarios (6)', 'Comenta esta noticia']), 'Para comentar debes iniciar sesión.', '',
      'Aviso legal', 'Política de privacidad', 'Política de cookies', 'Contacto', 'Publicidad', '',
      `© ${m.year} ${m.outlet}. Todos los derechos reservados.`,
    ],
  }),
  'es:blog': (m, r) => ({
    head: [
      m.outlet, 'Menú', 'Inicio', 'Recetas', 'Sobre mí', 'Contacto', 'Buscar', '',
      ...(r.chance(0.6) ? ['Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.', 'Aceptar', 'Leer más', ''] : []),
    ],
    meta: [`Publicado el ${m.date} por ${m.author}`, ...(m.toc.length ? ['', 'Índice', ...m.toc, 'Ocultar'] : [])],
    foot: [
      ...(m.section === 'Recetas' ? ['Imprimir receta', 'Guardar receta'] : []), 'Comparte esta entrada', 'Facebook', 'Pinterest', 'WhatsApp', '',
      'Entradas relacionadas', ...m.teasers, '',
      r.pick(['4 comentarios', '9 comentarios', 'Un comentario']), `Lucía ${r.pick(['G.', 'R.'])}`, `${m.shortDate} a las 20:15`, '¡Me ha encantado, la haré este fin de semana!', 'Responder', '',
      'Deja una respuesta', 'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *', 'Comentario *', 'Nombre *', 'Correo electrónico *', 'Web', 'Publicar el comentario', '',
      'Aviso legal', 'Volver arriba',
    ],
  }),
  'es:office': (m, r) => ({
    head: [
      'Ir al contenido principal', 'Sede electrónica', 'Transparencia', 'Buscar', 'Menú', '',
      'Estás en:', 'Inicio', m.section, 'Notas de prensa', '',
    ],
    meta: [`Nota de prensa · ${m.date}`],
    foot: [
      'Volver al listado', '', r.pick(['Imprimir', 'Descargar en PDF']), 'Compartir', '',
      'Otras noticias', ...m.teasers, '',
      'Accesibilidad', 'Mapa web', 'Aviso legal', 'Protección de datos', 'Contacto', 'Subir',
    ],
  }),
};

/** Reads src/<lang>.txt: articles headed `=== name`, then `key: value` lines, `---`, then the body. */
function readArticles(lang) {
  const text = readFileSync(join(here, 'src', `${lang}.txt`), 'utf8');
  return text
    .split(/^=== /m)
    .slice(1)
    .map((chunk) => {
      const [head, ...rest] = chunk.split(/^---$/m);
      const [name, ...fields] = head.trim().split('\n');
      const meta = { name: name.trim(), teasers: [], toc: [] };
      for (const f of fields) {
        const k = f.slice(0, f.indexOf(':')).trim();
        const v = f.slice(f.indexOf(':') + 1).trim();
        if (k === 'teaser') meta.teasers.push(v);
        else if (k === 'toc') meta.toc.push(v);
        else meta[k] = v;
      }
      meta.year = (/\d{4}/.exec(meta.date) ?? ['2024'])[0];
      meta.shortDate ??= meta.date;
      return { meta, body: rest.join('---').replace(/^\n+|\n+$/g, '').split('\n') };
    });
}

for (const lang of ['de', 'fr', 'es']) {
  const dir = join(here, lang);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { meta, body } of readArticles(lang)) {
    const r = picker(meta.name);
    const site = SITES[`${lang}:${meta.site}`](meta, r);
    const page = [...site.head, meta.title, ''];
    if (meta.standfirst) page.push(meta.standfirst, '');
    page.push(...site.meta.filter((l, i, a) => l !== '' || a[i - 1] !== ''), '');
    const gold = meta.standfirst ? [meta.standfirst, ''] : [];
    for (const l of body) {
      const m = /^@(\w+)\s*(.*)$/.exec(l);
      if (m) page.push(...INSERTS[lang][m[1]](m[2]));
      else {
        page.push(l);
        gold.push(l);
      }
    }
    page.push('', ...site.foot, '');
    const tidy = (ls) => ls.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
    writeFileSync(join(dir, `${meta.name}.txt`), tidy(page));
    writeFileSync(join(dir, `${meta.name}.gold.txt`), tidy(gold).trimEnd() + '\n');
  }
  console.log(`${lang}: ${readdirSync(dir).filter((f) => f.endsWith('.gold.txt')).length} pages`);
}
