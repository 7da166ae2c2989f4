import { createContext, useContext } from 'react';
import type { Project } from '@/domain/model/types';

/** The project of the region the operator is working in; every regional request uses its id. */
export const ProjectContext = createContext<Project | null>(null);

/** The current region's project. Throws when used outside the shell, which always provides it. */
export function useCurrentProject(): Project {
  const project = useContext(ProjectContext);
  if (!project) throw new Error('useCurrentProject must be used inside the console shell.');
  return project;
}
