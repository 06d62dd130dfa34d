// Serves the built dashboard on PORT (default 3000; STATESCOPE_HOST to bind one address) through Statescope's own server (client address and
// trusted proxies, body limits); `--dev` serves the development build instead. `npm start` runs this.
import { startDashboardServer } from './lib/dashboard-server';

const dev = process.argv.includes('--dev');
const server = await startDashboardServer({ port: Number(process.env.PORT ?? 3000), hostname: process.env.STATESCOPE_HOST || undefined, dev });
console.log(`Dashboard on ${server.url}${dev ? ' (development)' : ''}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
