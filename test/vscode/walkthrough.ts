/**
 * The Get Started walkthrough's steps as package.json declares them, and the commands each runs. Plain data, no
 * `vscode` import: the manifest test (test/unit) and the extension-host suite (test/vscode) both read it.
 */

export interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
}

/** Commands a step runs from a link in its description (`command:x`) or waits for (`onCommand:x`). */
export function commandsOfStep(step: WalkthroughStep): string[] {
  const linked = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
  const awaited = (step.completionEvents ?? []).filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length));
  return [...linked, ...awaited];
}
