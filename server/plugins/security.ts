/** Placeholder: helmet, CORS and rate limits are registered here. */
import fp from 'fastify-plugin';

export default fp(async () => {}, { name: 'security' });
