// The production server: Next.js behind a plain Node HTTP server that writes X-Forwarded-For itself,
// so the sign-in throttle keys on an address the client cannot choose (see lib/server/client-address.ts).
// The public document page, the same kept bytes for every reader, is answered here without Next.js's
// per-request work (lib/public-page/send-public-page.ts).
import http from 'node:http';
import { register } from 'node:module';
import next from 'next';
import { parseTrustedProxies, vouchForClientAddress } from '../lib/server/client-address';

const port = Number(process.env.PORT ?? 3000);
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

async function main() {
  register('./server-only-hook.mjs', import.meta.url);
  const { sendPublicPage } = await import('../lib/public-page/send-public-page');
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    vouchForClientAddress(req, trusted);
    sendPublicPage(req, res).then(
      (sent) => {
        if (!sent) void handle(req, res);
      },
      (e: unknown) => {
        console.error('公开文件页发送失败，改由 Next.js 处理', e);
        if (!res.headersSent) void handle(req, res);
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => console.log(`▲ Next.js 已就绪：http://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(`Next.js 启动失败：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
