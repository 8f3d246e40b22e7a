// The web app's shell: header navigation, the language toggle, and the page for the path.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-600.css';
import './styles.css';
import { applyLang, getLang, setLang, t } from './i18n.js';
import { Link, useLocation } from './router.js';
import { Timeline } from './pages/Timeline.js';
import { EventPage } from './pages/Event.js';
import { ArticlePage } from './pages/Article.js';
import { EntityPage } from './pages/Entity.js';
import { SearchPage } from './pages/Search.js';
import { OutletsPage } from './pages/Outlets.js';
import { StoriesPage, StoryPage } from './pages/Story.js';

/** The map page and d3-geo load only when the map is opened (the outlines are a chunk of their own). */
function LazyMap(props: { url: URL }) {
  const [MapPage, setMapPage] = useState<FunctionComponent<{ url: URL }> | null>(null);
  useEffect(() => {
    void import('./pages/Map.js').then((m) => setMapPage(() => m.MapPage));
  }, []);
  return MapPage ? <MapPage url={props.url} /> : <p class="loading">{t('loading')}</p>;
}

function Page(props: { url: URL }) {
  const p = props.url.pathname;
  let m: RegExpExecArray | null;
  if ((m = /^\/events\/([^/]+)$/.exec(p))) return <EventPage id={decodeURIComponent(m[1])} />;
  if ((m = /^\/documents\/([^/]+)$/.exec(p)))
    return <ArticlePage id={decodeURIComponent(m[1])} url={props.url} />;
  if ((m = /^\/entities\/([^/]+)$/.exec(p))) return <EntityPage id={decodeURIComponent(m[1])} />;
  if ((m = /^\/stories\/([^/]+)$/.exec(p))) return <StoryPage id={decodeURIComponent(m[1])} />;
  if (p === '/map') return <LazyMap url={props.url} />;
  if (p === '/search') return <SearchPage url={props.url} />;
  if (p === '/outlets') return <OutletsPage />;
  if (p === '/stories') return <StoriesPage />;
  if (p === '/' || p === '/index.html') return <Timeline url={props.url} />;
  return <p role="alert">{t('notFound')}</p>;
}

function App() {
  const url = useLocation();
  const [lang, setL] = useState(getLang());
  const nav = [
    ['/', 'timeline'],
    ['/stories', 'stories'],
    ['/map', 'map'],
    ['/search', 'search'],
    ['/outlets', 'outlets'],
  ] as const;
  return (
    <div key={lang}>
      <header class="top">
        <Link href="/" class="brand">
          {t('appName')}
        </Link>
        <nav aria-label={t('appName')}>
          {nav.map(([href, k]) => (
            <Link href={href} aria-current={url.pathname === href ? 'page' : undefined}>
              {t(k)}
            </Link>
          ))}
        </nav>
        <button
          type="button"
          class="lang"
          lang={lang === 'ar' ? 'en' : 'ar'}
          onClick={() => {
            setLang(lang === 'ar' ? 'en' : 'ar');
            setL(getLang());
          }}
        >
          {t('language')}
        </button>
      </header>
      <main id="main">
        <Page url={url} />
      </main>
    </div>
  );
}

applyLang();
const t0 = performance.now();
render(<App />, document.getElementById('app')!);
(window as unknown as { __mirsadRendered: number }).__mirsadRendered = t0;
