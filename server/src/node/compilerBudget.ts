/**
 * The optimizing compiler's inlining budget for the processes that run the engine (the CLI, the language server).
 *
 * A cold indexing of real news (ECB+, Multi-News: hundreds of short reports) spent about two fifths of its CPU time
 * in V8's optimizing compiler: the engine's readers are many functions calling many small helpers, and with V8's
 * default budget (920 bytes of bytecode inlined into one optimized function) each reader is a large graph to
 * compile, and to compile again when it meets something new. With a budget of 100 bytes those compilations cost a
 * fraction, and the code they make is hardly slower: in instructions (cachegrind, --single-threaded), a cold
 * indexing of ECB+ takes 25 % fewer, `crosscheck check` over ECB+ 21 % fewer, and 2,000 synthetic reports (11 MB,
 * where compiling weighs least) 9 % fewer; 200 bytes saved a little less everywhere. The budget changes how the
 * code is compiled, never what it does.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytes of bytecode inlined into one optimized function, at most. */
const INLINED_BYTECODE_BUDGET = 100;

/** Sets the budget, before the engine's code is first optimized; call once, at the start of the process. */
export function limitInlining(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
}
