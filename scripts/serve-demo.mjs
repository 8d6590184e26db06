// npm start: serves the example host pages, the built bundles, the manual and the API reference
// on 127.0.0.1 only (scripts/demo-server.mjs says what is served and what is refused).
import { startDemoServer } from './demo-server.mjs';

const port = Number(process.env.PORT || 8000);
const server = await startDemoServer({ port });
const origin = `http://127.0.0.1:${server.port}`;
console.log(`Demo: ${origin}/examples/  Manual: ${origin}/docs/  API: ${origin}/docs/api/  (Ctrl+C to stop)`);
