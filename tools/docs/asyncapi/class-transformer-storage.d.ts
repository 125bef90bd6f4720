// class-transformer keeps its @Type metadata in a module it ships without typings; class-validator-jsonschema
// reads nested classes from it (the asyncapi generator only).
declare module 'class-transformer/cjs/storage' {
  export const defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
}
