/** `npx tsx src/lib/search/bench-node.ts`: the search bench in Node (see `bench-core.ts`). */
import { runSearchBench } from './bench-core';

runSearchBench();
