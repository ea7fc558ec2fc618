// Domain tests: plain functions, no DOM, no HTTP. Only the console guard applies.
import { failOnConsoleError } from './console-guard';

failOnConsoleError();
