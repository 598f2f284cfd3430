// Moved to components so that pages can set their title without importing the app shell.
export { usePageTitle } from '@/components/ui/usePageTitle';
