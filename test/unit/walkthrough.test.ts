/**
 * The Get Started walkthrough as the manifest declares it (`contributes.walkthroughs`): its three steps, pictures
 * that exist and go into the VSIX, and commands that are Crosscheck's own contributed ones. (That VS Code's own
 * commands it uses exist is checked inside a real extension host, in test/vscode.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { commandsOfStep, type WalkthroughStep } from '../vscode/walkthrough';

const repoRoot = resolve(import.meta.dirname, '../..');

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[]; walkthroughs: { id: string; title: string; steps: WalkthroughStep[] }[] };
};
const [walkthrough] = manifest.contributes.walkthroughs;
const steps = walkthrough.steps;

const pictures = steps.map((step) => step.media.image ?? step.media.markdown).filter((path): path is string => path !== undefined);

describe('the Get Started walkthrough', () => {
  test('has three steps: open a folder of reports, read a finding\'s hover, open Compare Figures', () => {
    assert.equal(manifest.contributes.walkthroughs.length, 1);
    assert.deepEqual(steps.map((step) => step.id), ['openFolder', 'readHover', 'compareFigures']);
    for (const step of steps) assert.ok(step.media.image && step.media.altText, `${step.id} has a picture described for screen readers`);
    assert.deepEqual(commandsOfStep(steps[2]), ['crosscheck.compareFigures', 'crosscheck.compareFigures'], 'the last step opens Compare Figures');
  });

  for (const picture of pictures) {
    test(`its picture ${picture} exists and is a PNG`, () => {
      const path = join(repoRoot, picture);
      assert.ok(existsSync(path), `${picture} is missing`);
      assert.deepEqual([...readFileSync(path).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${picture} is a PNG`);
    });
  }

  test('its pictures are packaged into the VSIX (.vscodeignore lets them through)', () => {
    const vsce = spawnSync(join(repoRoot, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(vsce.status, 0, vsce.stderr);
    const packaged = new Set(vsce.stdout.split('\n').map((line) => line.trim()));
    for (const picture of pictures) assert.ok(packaged.has(picture), `${picture} among the packaged files:\n${vsce.stdout}`);
  });

  test("every Crosscheck command a step runs or waits for is contributed (so the palette and the step's button have it)", () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    const own = steps.flatMap(commandsOfStep).filter((command) => command.startsWith('crosscheck.'));
    assert.ok(own.length > 0, 'the walkthrough runs a Crosscheck command');
    for (const command of own) assert.ok(contributed.has(command), `${command} is in contributes.commands`);
  });
});
