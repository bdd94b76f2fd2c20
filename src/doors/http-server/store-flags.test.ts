import { storeOptionsFromFlags } from './store-flags';

// The store flags of `serve` (SPEC §15, decision 0037): what each value makes, and every refusal's
// text (test/doors/http-server/cli-store-flags.test.ts shows the CLI using them).

describe('storeOptionsFromFlags', () => {
  it('makes the store options of the flags given, and only those', () => {
    expect(storeOptionsFromFlags({})).toEqual({});
    expect(
      storeOptionsFromFlags({
        'name-contains': 'case-insensitive',
        'list-paging': 'limit-before-filter',
        'custom-images': 'unchecked',
        lifecycle: 'creating=60000,deleting=0',
        limits: 'images=2,tagsPerResource=1',
        'deleted-waiter-compat': true,
        'token-secret': 's',
      }),
    ).toEqual({
      nameContains: 'case-insensitive',
      listPaging: 'limit-before-filter',
      customImages: 'unchecked',
      lifecycle: { creating: 60_000, deleting: 0 },
      limits: { images: 2, tagsPerResource: 1 },
      deletedWaiterCompat: true,
      tokenSecret: 's',
    });
    expect(storeOptionsFromFlags({ lifecycle: 'instant', clock: 'system', 'deleted-waiter-compat': false })).toEqual({ lifecycle: 'instant' });
  });

  it('--clock manual starts now, manual=ISO-TIME then; the clock moves only when told', () => {
    const then = storeOptionsFromFlags({ clock: 'manual=2024-01-01T00:00:00Z' }).clock!;
    expect(then.now()).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(storeOptionsFromFlags({ clock: 'manual=2024-01-01' }).clock!.now()).toEqual(new Date('2024-01-01T00:00:00Z'));
    const now = storeOptionsFromFlags({ clock: 'manual' }).clock!;
    expect(Math.abs(now.now().getTime() - Date.now())).toBeLessThan(5_000);
    expect(now.now()).toEqual(now.now());
  });

  const TAKES = {
    nameContains: 'it takes case-sensitive or case-insensitive',
    listPaging: 'it takes exact or limit-before-filter',
    lifecycle: 'it takes instant, or creating=MS,updating=MS,deleting=MS (any of them; MS a whole number of milliseconds)',
    limits: 'it takes images=N,versionsPerImage=N,tagsPerResource=N (any of them; N a whole number)',
    clock: 'it takes manual, manual=ISO-TIME (a manual clock starting then, e.g. manual=2024-01-01T00:00:00Z) or system',
  };
  const bad: [Parameters<typeof storeOptionsFromFlags>[0], string][] = [
    [{ 'name-contains': 'insensitive' }, `--name-contains 'insensitive' is not valid (unknown 'insensitive'): ${TAKES.nameContains}`],
    [{ 'list-paging': 'limit' }, `--list-paging 'limit' is not valid (unknown 'limit', did you mean 'limit-before-filter'?): ${TAKES.listPaging}`],
    [{ 'custom-images': 'off' }, "--custom-images 'off' is not valid (unknown 'off'): it takes checked or unchecked"],
    [{ lifecycle: 'slow' }, `--lifecycle 'slow' is not valid (unknown 'slow'): ${TAKES.lifecycle}`],
    [{ lifecycle: '' }, `--lifecycle '' is not valid (unknown empty part): ${TAKES.lifecycle}`],
    [{ lifecycle: 'creating=5s' }, `--lifecycle 'creating=5s' is not valid (creating takes a whole number of milliseconds): ${TAKES.lifecycle}`],
    [{ lifecycle: 'creating=-1' }, `--lifecycle 'creating=-1' is not valid (creating takes a whole number of milliseconds): ${TAKES.lifecycle}`],
    [{ lifecycle: 'creating' }, `--lifecycle 'creating' is not valid (creating takes a whole number of milliseconds): ${TAKES.lifecycle}`],
    [{ lifecycle: 'creating=1=2' }, `--lifecycle 'creating=1=2' is not valid (creating takes a whole number of milliseconds): ${TAKES.lifecycle}`],
    [{ lifecycle: 'create=5000' }, `--lifecycle 'create=5000' is not valid (unknown 'create', did you mean 'creating'?): ${TAKES.lifecycle}`],
    [{ lifecycle: 'deleting=1,deleting=2' }, `--lifecycle 'deleting=1,deleting=2' is not valid (deleting is given twice): ${TAKES.lifecycle}`],
    [{ limits: 'images=-1' }, `--limits 'images=-1' is not valid (images takes a whole number): ${TAKES.limits}`],
    [{ limits: 'images=1.5' }, `--limits 'images=1.5' is not valid (images takes a whole number): ${TAKES.limits}`],
    [{ limits: 'tags=3' }, `--limits 'tags=3' is not valid (unknown 'tags', did you mean 'tagsPerResource'?): ${TAKES.limits}`],
    [{ limits: 'images=1,' }, `--limits 'images=1,' is not valid (unknown empty part): ${TAKES.limits}`],
    [{ 'token-secret': '' }, "--token-secret '' is not valid: it takes a text of at least one character (it signs the NextTokens)"],
    [{ clock: 'manul' }, `--clock 'manul' is not valid (unknown 'manul', did you mean 'manual'?): ${TAKES.clock}`],
    [{ clock: 'manual=yesterday' }, `--clock 'manual=yesterday' is not valid (manual takes an ISO time): ${TAKES.clock}`],
    [{ clock: 'manual=2024-13-01' }, `--clock 'manual=2024-13-01' is not valid (manual takes an ISO time): ${TAKES.clock}`],
    [{ clock: 'manual=1700000000000' }, `--clock 'manual=1700000000000' is not valid (manual takes an ISO time): ${TAKES.clock}`],
  ];

  it.each(bad)('refuses %j with a TypeError naming the flag and what it takes', (flags, message) => {
    expect(() => storeOptionsFromFlags(flags)).toThrow(TypeError);
    expect(() => storeOptionsFromFlags(flags)).toThrow(message);
  });
});
