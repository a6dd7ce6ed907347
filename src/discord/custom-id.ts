/**
 * Buttons and modals carry what they act on in their custom id: "isnad:<action>:<arg>:…".
 * Discord limits a custom id to 100 characters, so only short things go in (fact ids, pages).
 */
const PREFIX = 'isnad';

export function customId(action: string, ...args: (string | number)[]): string {
  const id = [PREFIX, action, ...args.map(String)].join(':');
  if (id.length > 100) throw new Error(`custom id too long (${id.length}): ${id}`);
  return id;
}

export function parseCustomId(id: string): { action: string; args: string[] } | null {
  const [prefix, action, ...args] = id.split(':');
  return prefix === PREFIX && action ? { action, args } : null;
}
