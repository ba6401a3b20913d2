/** This page's router (router.ts), for the site's pages and the signed-in views. */
import { hashRouter } from './router';

export const router = hashRouter(window);
