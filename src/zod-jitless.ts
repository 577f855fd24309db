import { z } from 'zod';

// Zod 4 probes whether it may compile validators with `new Function`. Under the app's
// Content-Security-Policy (script-src 'self', no 'unsafe-eval') the probe fails quietly, but the
// browser still reports it as a securitypolicyviolation. jitless skips the probe; validation runs
// interpreted, which only the rare reference path of the loader uses (valid files take the fast path).
// Imported first by main.tsx, before any schema is used.
z.config({ jitless: true });
