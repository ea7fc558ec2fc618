/** `npm run openapi`: writes the contract's OpenAPI document to openapi.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/api/contract/openapi-document';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
writeFileSync('openapi.json', `${JSON.stringify(buildOpenApiDocument(version), null, 2)}\n`);
console.log('Wrote openapi.json');
