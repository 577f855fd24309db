import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './ui/App';
import { queryClient, startStudio } from './state';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/panels.css';
import './ui/styles/graph.css';
import './ui/styles/impact-proposals.css';
import './ui/styles/graph-overlays.css';

// The studio starts loading (storage, worker, last story or the sample) while the
// first frame renders; the UI shows the library's 'loading' status meanwhile.
void startStudio();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
