import { useEffect } from 'react';
import { openSample, useDemoView, useLibrary, usePlay } from '../../state';
import { fitGraph, graphInstance } from '../graph/graph-controller';
import { PlayPanel } from '../play/PlayPanel';
import { ShortcutSheet } from './ShortcutSheet';
import { useTourOffer } from './tour-offer';
import './demo.css';

/** Opens `?sample=ID` once the library is ready, then drops the parameter so a reload keeps the copy open. */
function useSampleParameter(): void {
  const ready = useLibrary((l) => l.status === 'ready');
  useEffect(() => {
    if (!ready) return;
    const url = new URL(window.location.href);
    const id = url.searchParams.get('sample');
    if (id === null) return;
    url.searchParams.delete('sample');
    window.history.replaceState(window.history.state, '', url);
    void openSample(id);
  }, [ready]);
}

/** The presenter view is a class on <html> (demo.css hides the panels); the canvas is resized and fitted. */
function usePresenterClass(): void {
  const presenter = useDemoView((v) => v.presenter);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter);
    const frame = requestAnimationFrame(() => {
      graphInstance()?.resize();
      fitGraph({ legible: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [presenter]);
}

/**
 * Keeps --play-top / --play-bottom at the toolbar's bottom and the status bar's top (the toolbar
 * wraps on narrow windows), and --play-width at the right sidebar's width (resizable, narrower at
 * 1024 px), so play covers that sidebar and nothing of the canvas beside it.
 */
/** Narrower than this, the choices' titles wrap to many lines: play is then wider than the sidebar. */
const MIN_PLAY_WIDTH = 270;

function useChromeInsets(): void {
  useEffect(() => {
    const root = document.documentElement;
    const update = (): void => {
      const toolbar = document.querySelector('header.toolbar');
      const footer = document.querySelector('.studio > footer');
      if (toolbar) root.style.setProperty('--play-top', `${Math.round(toolbar.getBoundingClientRect().bottom)}px`);
      if (footer) root.style.setProperty('--play-bottom', `${Math.round(window.innerHeight - footer.getBoundingClientRect().top)}px`);
      // The sidebar at the window's right edge (the Inspector's column, or the tabs of a narrow window).
      const right = [...document.querySelectorAll('.sidebar')].map((e) => e.getBoundingClientRect()).find((r) => Math.abs(r.right - window.innerWidth) < 2);
      const side = right?.width ?? 0;
      // A hidden or very narrow sidebar: play keeps its own width (play.css).
      if (side >= MIN_PLAY_WIDTH) root.style.setProperty('--play-width', `${Math.round(side)}px`);
      else root.style.removeProperty('--play-width');
    };
    update();
    const observer = new ResizeObserver(update);
    for (const el of document.querySelectorAll('header.toolbar, .studio > footer, .sidebar')) observer.observe(el);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
}

/** Everything of a demo session that sits over the studio: play mode, the shortcut sheet, presenter view, the tour offer, `?sample=`. */
export function DemoLayer() {
  const playing = usePlay((p) => p.active);
  const ready = useLibrary((l) => l.status === 'ready');
  useSampleParameter();
  usePresenterClass();
  useChromeInsets();
  useTourOffer(ready);
  return (
    <>
      {playing && <PlayPanel />}
      <ShortcutSheet />
    </>
  );
}
