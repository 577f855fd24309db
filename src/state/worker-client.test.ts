import { afterEach, describe, expect, it } from 'vitest';
import { storyOf } from '../core/testing/story-builder';
import { edit } from './document-commands';
import { fetchAnalysis } from './fetchers';
import { startTestStudio, type TestStudio } from './test-studio';
import { createInProcessHost } from './in-process-host';
import type { WorkerHostFactory } from './worker-host';
import { WorkerClient } from './worker-client';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

/** A host factory whose workers can be made to crash from the test. */
function crashableHosts(): { factory: WorkerHostFactory; crash: (reason: string) => void; started: () => number } {
  let crash: (reason: string) => void = () => {};
  let count = 0;
  return {
    factory: (onCrash) => {
      count++;
      const host = createInProcessHost();
      crash = (reason) => {
        host.terminate();
        onCrash(reason);
      };
      return host;
    },
    crash: (reason) => crash(reason),
    started: () => count,
  };
}

describe('when the analysis worker crashes', () => {
  it('restarts it with the current story and says so', async () => {
    const hosts = crashableHosts();
    studio = await startTestStudio({ workerHost: hosts.factory });
    edit(s(), { kind: 'set-event-field', eventId: 'flood', field: 'time', value: 6 });
    hosts.crash('out of memory');
    expect(hosts.started()).toBe(2);
    expect(s().notices.getState().notices.at(-1)?.text).toBe('Analysis restarted');
    const analysis = await fetchAnalysis(s(), s().document.getState().revision);
    expect(analysis.value.conflicts).toEqual([]);
    expect(s().workerStatus.getState().restarts).toBe(1);
  });

  it('fails the requests that were waiting on the dead worker instead of hanging', async () => {
    const hosts = crashableHosts();
    studio = await startTestStudio({ workerHost: hosts.factory });
    const revision = s().document.getState().revision;
    const pending = s().session.client!.call(() => new Promise<never>(() => {}));
    hosts.crash('gone');
    await expect(pending).rejects.toThrow('gone');
    await expect(fetchAnalysis(s(), revision)).resolves.toMatchObject({ revision });
  });

  it('gives up after repeated crashes instead of looping', async () => {
    const hosts = crashableHosts();
    studio = await startTestStudio({ workerHost: hosts.factory });
    for (let i = 0; i < 5; i++) hosts.crash('boom');
    expect(hosts.started()).toBe(4);
    expect(s().notices.getState().notices.at(-1)?.text).toMatch(/^Analysis stopped/);
  });
});

describe('when a request fails', () => {
  const story = storyOf({ events: [{ id: 'storm' }] });

  function clientWith(factory: WorkerHostFactory, notices: string[], recovered: string[] = []): WorkerClient {
    return new WorkerClient({
      factory,
      authoritative: () => ({ story, revision: 1 }),
      onRecovered: (why) => recovered.push(why),
      onNotice: (_kind, text) => notices.push(text),
      pingTimeoutMs: 20,
    });
  }

  it('restarts a worker that no longer answers', async () => {
    let started = 0;
    const notices: string[] = [];
    const client = clientWith(() => {
      started++;
      const host = createInProcessHost();
      // The first worker fails its requests and then stops answering anything.
      return started === 1
        ? { ...host, port: { ...host.port, analyze: () => Promise.reject(new Error('lost')), revision: () => new Promise<number>(() => {}) } }
        : host;
    }, notices);
    client.start();
    await expect(client.call((p) => p.analyze(1))).rejects.toThrow('lost');
    await new Promise((r) => setTimeout(r, 60));
    expect(started).toBe(2);
    expect(notices).toEqual(['Analysis restarted']);
    client.dispose();
  });

  it('keeps a worker that still answers (the failure was the request\'s own)', async () => {
    let started = 0;
    const notices: string[] = [];
    const recovered: string[] = [];
    const client = clientWith(() => {
      started++;
      return createInProcessHost();
    }, notices, recovered);
    client.start();
    await expect(client.call((p) => p.ripple('nowhere', { direction: 'forward' }, 1))).rejects.toThrow('No event');
    await new Promise((r) => setTimeout(r, 60));
    expect(started).toBe(1);
    expect(notices).toEqual([]);
    expect(recovered).toEqual([]);
    client.dispose();
  });
});

describe('when the worker is terminated without a word', () => {
  const story = storyOf({
    events: [
      { id: 'storm', time: 5 },
      { id: 'flood', time: 4 },
    ],
    links: [{ from: 'storm', to: 'flood' }],
  });

  it('notices by its heartbeat, restarts it with the story, and the count is no longer busy', async () => {
    const hosts: ReturnType<typeof createInProcessHost>[] = [];
    const notices: string[] = [];
    const recovered: string[] = [];
    const client = new WorkerClient({
      factory: () => {
        const host = createInProcessHost();
        hosts.push(host);
        return host;
      },
      authoritative: () => ({ story, revision: 1 }),
      onRecovered: (why) => recovered.push(why),
      onNotice: (_kind, text) => notices.push(text),
      heartbeatMs: 10,
      pingTimeoutMs: 20,
    });
    client.start();
    expect((await client.call((p) => p.analyze(1))).conflicts).toHaveLength(1);
    // Like worker.terminate(): no error event, no crash report, it simply never answers again.
    hosts[0]!.terminate();
    const waiting = client.call((p) => p.analyze(1));
    expect(client.status.getState().busy).toBe(true);
    await expect(waiting).rejects.toThrow('stopped answering');
    expect(hosts).toHaveLength(2);
    expect(notices).toEqual(['Analysis restarted']);
    expect(recovered).toEqual(['restart']);
    // The new worker got the story again: the request asked anew is answered.
    expect((await client.call((p) => p.analyze(1))).conflicts).toHaveLength(1);
    expect(client.status.getState().busy).toBe(false);
    client.dispose();
  });

  it('gives a worker that is slow to answer (a long job on a busy machine) more time after each restart, instead of restarting it until analysis stops', async () => {
    let started = 0;
    const notices: string[] = [];
    const client = new WorkerClient({
      factory: () => {
        started++;
        const host = createInProcessHost();
        // Like a real worker: a request keeps it busy for 60 ms, and a ping is answered only after that.
        let busyUntil = 0;
        const after = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
        return {
          ...host,
          port: {
            ...host.port,
            analyze: (r: number) => {
              busyUntil = Date.now() + 60;
              return after(60).then(() => host.port.analyze(r));
            },
            revision: () => after(busyUntil - Date.now()).then(() => host.port.revision()),
          },
        };
      },
      authoritative: () => ({ story, revision: 1 }),
      onRecovered: () => {},
      onNotice: (_kind, text) => notices.push(text),
      heartbeatMs: 5,
      pingTimeoutMs: 20,
    });
    client.start();
    // As a query would: asked again when the worker was restarted under it.
    let conflicts = -1;
    for (let attempt = 0; attempt < 8 && conflicts < 0; attempt++) {
      try {
        conflicts = (await client.call((p) => p.analyze(1))).conflicts.length;
      } catch {
        // restarted meanwhile: ask again
      }
    }
    expect(conflicts).toBe(1);
    expect(notices.filter((n) => n.startsWith('Analysis stopped'))).toEqual([]);
    expect(started).toBeLessThanOrEqual(3);
    client.dispose();
  });

  it('leaves a worker that answers its pings alone, however many beats pass', async () => {
    let started = 0;
    const client = new WorkerClient({
      factory: () => {
        started++;
        const host = createInProcessHost();
        // A slow request: it answers after several heartbeats, while pings are answered at once.
        return { ...host, port: { ...host.port, analyze: (r: number) => new Promise((resolve) => setTimeout(resolve, 80)).then(() => host.port.analyze(r)) } };
      },
      authoritative: () => ({ story, revision: 1 }),
      onRecovered: () => {},
      onNotice: () => {},
      heartbeatMs: 5,
      pingTimeoutMs: 20,
    });
    client.start();
    expect((await client.call((p) => p.analyze(1))).conflicts).toHaveLength(1);
    expect(started).toBe(1);
    client.dispose();
  });
});
