// npm start: serves the example host pages (examples/) and the built bundles on localhost.
import { startDemoServer } from './demo-server.mjs';

const port = Number(process.env.PORT || 8000);
await startDemoServer({ port, quiet: true });
console.log(`Demo: http://localhost:${port}/examples/  (Ctrl+C to stop)`);
