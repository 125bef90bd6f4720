import { expectGeneratedDoc } from '@nrm/testing';
import { ServiceDocuments, renderServiceDocument } from './service-documents';
import { spliceRegion } from './generated-region';

describe('the files that list the services, generated from the service registry', () => {
  it.each(ServiceDocuments.map((d) => [d.file, d] as const))(
    '%s lists every service as the registry says',
    (_, doc) => {
      expectGeneratedDoc(doc.file, renderServiceDocument(doc));
    },
  );

  it('replaces only the lines between the markers, and names the markers when they are missing', () => {
    const region = { name: 'services', comment: '#' as const };
    const text = [
      'before',
      '# BEGIN services, generated from libs/contracts/src/service-registry.ts by npm run docs',
      'old',
      '# END services, generated from libs/contracts/src/service-registry.ts by npm run docs',
      'after',
    ].join('\n');
    expect(spliceRegion('f.yml', text, region, 'new\nlines').split('\n')).toEqual([
      'before',
      '# BEGIN services, generated from libs/contracts/src/service-registry.ts by npm run docs',
      'new',
      'lines',
      '# END services, generated from libs/contracts/src/service-registry.ts by npm run docs',
      'after',
    ]);
    expect(() => spliceRegion('f.yml', 'before\nafter', region, 'new')).toThrow(
      /f\.yml has no region services/,
    );
  });
});
