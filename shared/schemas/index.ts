export * from './brief';
export * from './disclosure';
export * from './enums';
export * from './fit';
export * from './profile';
