/**
 * A bare Fastify app with one health route: the baseline for the cold-start figure in `npm run bench`.
 * Plain JavaScript, run by plain `node`, exactly as the compiled server is: the comparison is fair.
 */
import Fastify from 'fastify';

const app = Fastify();
app.get('/api/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
