// The live pipeline in real Firefox (142+ asked; Debian's ESR here), with the built Firefox extension
// installed as a temporary add-on by web-ext: proves Firefox runs the page-world script from the
// manifest in the page's own world (no web-accessible copy needed), that the page still gets X's
// answers unchanged, and that the content script reads each with the adapter and refuses a forged
// one. No automation protocol is needed: the page's own script drives itself and posts what it saw
// to the local server, which Firefox reaches as its HTTP proxy for x.com (HSTS preloading off in the
// test profile). The card's root is closed, so the page sees only the content script's
// `troupe:api-answer` measures, not the card; what the card shows is the Chromium tests' part.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webExt from 'web-ext';
import { x } from '../../shared/platforms/x';
import { adapterReads, answerBody, type RealAnswer, realAnswers } from './support/api-answers';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (path) => path && existsSync(path),
);
const BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const PAGE = 'http://x.com/XDevelopers';
const answers = realAnswers().filter((a) => a.pageUrl === 'https://x.com/XDevelopers' && adapterReads(a));

interface Report {
  fetchWrapped: boolean;
  /** fnv1a of each answer's text as the page got it. */
  hashes: number[];
  /** `troupe:api-answer` measures: one per answer the adapter got a reading from. */
  reads: number;
  /** The same after the page forged an answer from a URL the adapter does not read. */
  afterForgery: number;
}

/** FNV-1a of a string, run in the page too: the page proves it got the answers unchanged. */
function fnv1a(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** The page: asks X's API as the web app does (XHR), then reports what it got and what the card shows. */
/** Which answers the adapter gets a reading from (each is one measure in the page). */
function readable(list: RealAnswer[]): number {
  return list.filter(
    (a) => x.readApiAnswer(JSON.parse(answerBody(a)), new URL(a.url), new URL(PAGE)) !== null,
  ).length;
}

function pageHtml(list: RealAnswer[], forged: string): string {
  const script = `
(async () => {
  const hash = ${fnv1a.toString()};
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const xhr = (url) => new Promise((done) => {
    const r = new XMLHttpRequest();
    r.open('GET', url);
    r.onload = () => done(r.responseText);
    r.send();
  });
  const reads = () => performance.getEntriesByName('troupe:api-answer').length;
  await wait(1000);
  const hashes = [];
  for (const url of ${JSON.stringify(list.map((a) => new URL(a.url).pathname + new URL(a.url).search))})
    hashes.push(hash(await xhr(url)));
  for (let i = 0; i < 50 && reads() < ${readable(list)}; i++) await wait(200);
  const seen = reads();
  document.dispatchEvent(new CustomEvent('troupe:api-answer', { detail: ${JSON.stringify(forged)} }));
  await wait(500);
  await fetch('/__report', { method: 'POST', body: JSON.stringify({
    fetchWrapped: !String(window.fetch).includes('[native code]'),
    hashes,
    reads: seen,
    afterForgery: reads(),
  }) });
})();`;
  return `<!doctype html><html lang="en"><head><title>X</title></head><body><div id="app"></div><script>${script}</script></body></html>`;
}

describe.runIf(FIREFOX && answers.length > 0)('live pages in Firefox', () => {
  let report: Promise<Report>;
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (!existsSync(resolve(BUILD, 'manifest.json')))
      throw new Error('No .output/firefox-mv3: run npm run build:ext first');
    // A forged answer from a URL the adapter does not read: refused before any parsing.
    const forged = `https://x.com/i/api/graphql/abc/HomeTimeline\n${answerBody(answers[0]!)}`;
    let resolveReport: (r: Report) => void = () => {};
    report = new Promise((done) => {
      resolveReport = done;
    });
    // An HTTP proxy for Firefox: every request arrives with its absolute URL.
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x.com');
      if (url.hostname !== 'x.com') return void res.writeHead(404).end();
      if (url.pathname === '/__report') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          res.end('ok');
          resolveReport(JSON.parse(body) as Report);
        });
        return;
      }
      const answer = answers.find((a) => new URL(a.url).pathname === url.pathname);
      if (answer)
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(answerBody(answer));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(answers, forged));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    process.env.MOZ_HEADLESS = '1';
    const runner = await webExt.cmd.run(
      {
        sourceDir: BUILD,
        firefox: FIREFOX,
        startUrl: [PAGE],
        noInput: true,
        noReload: true,
        pref: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': port,
          'network.proxy.allow_hijacking_localhost': true,
          'network.stricttransportsecurity.preloadlist': false,
          'dom.security.https_first': false,
          'dom.security.https_only_mode': false,
        },
      },
      { shouldExitProgram: false },
    );
    close = async () => {
      await runner.exit();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    };
  });

  afterAll(() => close());

  it('runs the page-world script in the page world; the page gets the answers unchanged, the adapter reads them, a forgery is refused', async () => {
    const got = await report;
    expect(got.fetchWrapped, 'the page-world script wrapped fetch in the page world').toBe(true);
    expect(got.hashes).toEqual(answers.map((a) => fnv1a(answerBody(a))));
    // Each answer the adapter reads was read by the content script; the forgery was not.
    expect(readable(answers)).toBeGreaterThan(0);
    expect(got.reads).toBe(readable(answers));
    expect(got.afterForgery).toBe(got.reads);
  });
});
