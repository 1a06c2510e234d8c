export { KnowledgeScreen } from './KnowledgeScreen';
export { KnowledgePanel } from './KnowledgePanel';
export { ProductImport } from './ProductImport';
