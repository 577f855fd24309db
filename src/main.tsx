import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './ui/App';
import { createStudio, setCurrentStudio } from './state';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/panels.css';
import './ui/styles/outline.css';
import './ui/styles/inspector.css';
import './ui/styles/conflicts.css';
import './ui/styles/settings-dialog.css';
import './ui/styles/graph.css';
import './ui/styles/impact-proposals.css';
import './ui/styles/graph-overlays.css';

// The page's one studio: every command and hook of src/state acts on it. It starts
// loading (storage, worker, last story or the sample) while the first frame renders;
// the UI shows the library's 'loading' status meanwhile.
const studio = createStudio();
setCurrentStudio(studio);
void studio.start();

// A hot reload replaces this module: the old studio lets go of its worker, channel and storage.
import.meta.hot?.dispose(() => void studio.dispose());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The state hooks pass the studio's client themselves; UI code that uses react-query directly finds it here. */}
    <QueryClientProvider client={studio.queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
