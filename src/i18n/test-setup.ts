import { addAllMessages } from './testing';

// Components render in tests without their page's loader: every area is there in both languages.
addAllMessages();
