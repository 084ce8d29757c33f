/**
 * The "teach a name" command behind a spelling finding's two quick fixes: records in the folder's known-entities
 * file that one spelling is another's alias, or that the two are different names. The file is the team's and may
 * be edited by hand meanwhile, so the runtime merges into what is on disk under a lock and replaces the file
 * atomically (as for `reviewed.json`); a malformed file is refused, never overwritten, and the user told why.
 */
import { addDistinctNames, addEntityAlias } from '../core/config';
import { updateSideFile } from './commands';
import type { ServerContext } from './context';
import { teachNameCommand, type TeachNameArguments } from './protocol';
import { baseName } from './uris';

export function registerTeachNameCommand(ctx: ServerContext): void {
  ctx.commands.register(teachNameCommand, 'Teach a name', async ([first]) => {
    const { folder, form, variant, relation } = checkedArguments(first);
    // The client echoes the arguments back: write only the known-entities file of a workspace folder the server knows.
    if (ctx.index.folderOf(ctx.index.reviewedFileUri(folder)) !== folder) throw new Error(`${folder} is not a workspace folder`);
    const { uri } = await ctx.index.knownEntitiesFileUri(folder);
    const file = baseName(uri);
    if (relation === 'same') {
      await updateSideFile(ctx, uri, (current) => addEntityAlias(current, form, variant), `Could not record '${form}' as a spelling of '${variant}' in ${file}`);
    } else {
      await updateSideFile(ctx, uri, (current) => addDistinctNames(current, form, variant), `Could not record '${form}' and '${variant}' as different names in ${file}`);
    }
  });
}

/** A name as a finding gives it: one line of text, not too long to be a name. */
function isName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 200 && !/[\p{Cc}]/u.test(value);
}

function checkedArguments(value: unknown): TeachNameArguments {
  const args = value as Partial<TeachNameArguments> | undefined;
  if (typeof args?.folder !== 'string' || !isName(args.form) || !isName(args.variant) || (args.relation !== 'same' && args.relation !== 'distinct')) {
    throw new Error('malformed arguments');
  }
  return { folder: args.folder, form: args.form, variant: args.variant, relation: args.relation };
}
