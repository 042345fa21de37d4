# Installs the build into a scratch prefix, then configures, builds and runs the consumer project
# against it: what `find_package(Concord)` gives an outside app.
# Expects -DBUILD_DIR=<concord build> -DSOURCE_DIR=<this folder> -DWORK_DIR=<scratch>
# -DQT6_DIR=<the Qt6 package folder Concord was built with>, -DCXX=<its compiler>,
# -DLINK_FLAGS=<its executables' link flags>.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix --component Unspecified
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "install failed: ${rc}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/consumer -B ${WORK_DIR}/build -G Ninja
                        -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix
                        -DCMAKE_CXX_COMPILER=${CXX} "-DCMAKE_EXE_LINKER_FLAGS=${LINK_FLAGS}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "find_package(Concord) failed: ${rc}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/build RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building against Concord::Core failed: ${rc}")
endif()
execute_process(COMMAND ${WORK_DIR}/build/consumer RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the consumer failed with ${rc}")
endif()

# Concord::Core reads a private Qt structure whose layout only holds within one Qt release, so
# its package must refuse any other Qt: a stand-in Qt6 package of another version has to fail,
# and over its version. The real Qt must not be found instead (Debian has it under /usr/lib and
# /lib).
file(WRITE ${WORK_DIR}/otherqt/Qt6Config.cmake "set(Qt6_FOUND TRUE)\n")
file(WRITE ${WORK_DIR}/otherqt/Qt6ConfigVersion.cmake
     "set(PACKAGE_VERSION 6.99.0)\nset(PACKAGE_VERSION_COMPATIBLE TRUE)\n"
     "if(PACKAGE_FIND_VERSION VERSION_EQUAL PACKAGE_VERSION)\n  set(PACKAGE_VERSION_EXACT TRUE)\nendif()\n")
string(REGEX REPLACE "^/usr" "" qt_dir_alias "${QT6_DIR}")
file(WRITE ${WORK_DIR}/otherqt.cmake
     "set(CMAKE_IGNORE_PATH \"${QT6_DIR};${qt_dir_alias};/usr${qt_dir_alias}\" CACHE STRING \"\")\n")
execute_process(COMMAND ${CMAKE_COMMAND} -C ${WORK_DIR}/otherqt.cmake
                        -S ${SOURCE_DIR}/consumer -B ${WORK_DIR}/build-otherqt -G Ninja
                        -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix -DQt6_DIR=${WORK_DIR}/otherqt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "find_package(Concord) accepted a Qt 6.99.0 it was not built against")
endif()
if(NOT "${out}${err}" MATCHES "exactly matches")
    message(FATAL_ERROR "find_package(Concord) failed, but not over the Qt version:\n${out}${err}")
endif()
message(STATUS "find_package(Concord) and Concord::Core work from ${WORK_DIR}/prefix, "
               "and refuse a Qt other than the one built against")
