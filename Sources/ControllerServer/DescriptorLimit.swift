#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's file-descriptor limit, which bounds how many connections may be open at once.
enum DescriptorLimit {
    /// Descriptors kept for the database (its file, journal and shared memory, per connection
    /// of the pool), standard streams and the listening socket.
    static let reserved = 64

    /// `configured`, lowered so that open connections never take the descriptors the database
    /// needs (an exhausted limit made every request fail).
    static func connections(_ configured: Int) -> Int {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur < UInt64(Int.max) else { return configured }
        return max(16, min(configured, Int(limit.rlim_cur) - reserved))
    }
}
