/**
 * The optimizing compiler's budgets for the processes that run the engine (the CLI, the language server): how much it
 * inlines, and how soon it optimizes a function.
 *
 * A cold indexing of real news (ECB+, Multi-News: hundreds of short reports) spent about two fifths of its CPU time
 * in V8's optimizing compiler: the engine's readers are many functions calling many small helpers, and with V8's
 * default budget (920 bytes of bytecode inlined into one optimized function) each reader is a large graph to
 * compile, and to compile again when it meets something new. With a budget of 100 bytes those compilations cost a
 * fraction, and the code they make is hardly slower: in instructions (cachegrind, --single-threaded), a cold
 * indexing of ECB+ takes 25 % fewer, `crosscheck check` over ECB+ 21 % fewer, and 2,000 synthetic reports (11 MB,
 * where compiling weighs least) 9 % fewer; 200 bytes saved a little less everywhere.
 *
 * Compiling still took a third of the instructions of a cold indexing of ECB+: V8 optimizes a function once it has
 * run through about 66 KB of bytecode (its interrupt budget), and many of the engine's readers are optimized while
 * they still meet new paths, bail out and are compiled again. Optimizing a function after 300 KB instead, the
 * compilations that remain are of code that has seen more: a cold indexing of ECB+ takes 7 % fewer instructions and
 * one of Multi-News 16 % fewer, 1,000 synthetic reports (5.8 MB, warm code weighing most) 3 % more; 150 KB and 600 KB
 * did less well on the real news. The budgets change how the code is compiled, never what it does.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytes of bytecode inlined into one optimized function, at most. */
const INLINED_BYTECODE_BUDGET = 100;

/** Bytes of bytecode a function runs through before it is optimized (V8's interrupt budget). */
const BYTECODE_BEFORE_OPTIMIZING = 300_000;

/** Sets the budgets, before the engine's code is first optimized; call once, at the start of the process. */
export function limitCompiling(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
  setFlagsFromString(`--interrupt-budget=${BYTECODE_BEFORE_OPTIMIZING}`);
}
