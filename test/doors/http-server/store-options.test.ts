import { ImageStore } from 'sagemaker-image-mock';
import type { ServerOptions } from 'sagemaker-image-mock/server';
import { startServer } from 'sagemaker-image-mock/server';

// A misspelt store option is refused at once, by every way of making a store (not only
// mockSageMakerImages): a TypeError naming the key and the one it was probably meant to be.

const MISSPELT = /^ImageStore options: unknown option 'lifecyle' \(did you mean 'lifecycle'\?\)/;

describe('the store options are checked by name', () => {
  it('new ImageStore({ lifecyle }) is a TypeError naming it', () => {
    expect(() => new ImageStore({ lifecyle: { creating: 5_000 } } as never)).toThrow(TypeError);
    expect(() => new ImageStore({ lifecyle: { creating: 5_000 } } as never)).toThrow(MISSPELT);
    expect(() => new ImageStore({ lifecycle: { creatin: 5_000 } } as never)).toThrow(/^option lifecycle: unknown option 'creatin' \(did you mean 'creating'\?\)/);
  });

  it('startServer({ storeOptions: { lifecyle } }) is refused with that TypeError, before listening', async () => {
    const options = { storeOptions: { lifecyle: { creating: 5_000 } } } as unknown as ServerOptions;
    const started = startServer(options);
    await expect(started).rejects.toThrow(TypeError);
    await expect(started).rejects.toThrow(MISSPELT);
  });

  it('the same options spelt right make a store and a server', async () => {
    expect(new ImageStore({ lifecycle: { creating: 5_000 } })).toBeInstanceOf(ImageStore);
    const server = await startServer({ storeOptions: { lifecycle: { creating: 5_000 } } });
    await server.close();
  });
});
