export { ReviewsScreen } from './ReviewsScreen';
export { ReviewCase } from './ReviewCase';
