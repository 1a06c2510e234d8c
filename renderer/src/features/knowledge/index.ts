export { KnowledgeScreen } from './KnowledgeScreen';
export { KnowledgePanel } from './KnowledgePanel';
