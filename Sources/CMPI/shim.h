#include <mpi.h>

// Open MPI defines its handles as macros over addresses of global objects, which Swift cannot
// import; these functions return them.
static inline MPI_Comm velocitune_mpi_comm_world(void) { return MPI_COMM_WORLD; }
static inline MPI_Datatype velocitune_mpi_float(void) { return MPI_FLOAT; }
static inline MPI_Datatype velocitune_mpi_double(void) { return MPI_DOUBLE; }
static inline MPI_Datatype velocitune_mpi_int(void) { return MPI_INT; }
static inline void *velocitune_mpi_in_place(void) { return MPI_IN_PLACE; }
