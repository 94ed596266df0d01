/** Writes packages/schema/schema.graphql from the server code: `npm run schema:emit`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printContract } from '../graphql/build-schema.js';

export const contractPath = fileURLToPath(new URL('../../../../packages/schema/schema.graphql', import.meta.url));

writeFileSync(contractPath, await printContract());
console.log(`wrote ${contractPath}`);
