# Puts the demo's industrial chains into the demo cache (cmake -P, run by the demo cache build after the
# parcels are imported): chains, key districts, enterprises on links, matchmaking events and blockages, from
# the CSV files scripts/generate_chains.py wrote beside the demo parcels. Every step is a zhili-cli command,
# so the demo goes through the same checks and audit as a user's data.
#   -DZHILI_CLI=path/to/zhili-cli -DCACHE=zhili-demo.gpkg -DDEMO=resources/demo/hangzhou_demo
cmake_minimum_required(VERSION 3.21)
set(USER demo) # the acting user in the audit log (an empty user list makes the first one an administrator)

function(zhili)
    execute_process(COMMAND ${ZHILI_CLI} ${ARGN} --cache ${CACHE} --user ${USER} --lang en
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "zhili-cli ${ARGN}: ${err}")
    endif()
endfunction()

# The data rows of a generated CSV (header skipped); the files have no quotes, commas inside cells or
# semicolons outside the supplies/link columns, so a row splits on commas.
function(csv_rows file out)
    file(STRINGS ${DEMO}_${file}.csv lines ENCODING UTF-8)
    list(POP_FRONT lines)
    set(${out} ${lines} PARENT_SCOPE)
endfunction()

zhili(chains import ${DEMO}_chains.csv)

csv_rows(key_districts rows)
set(ecosystems)
foreach(row IN LISTS rows)
    string(REPLACE "," ";" f "${row}")
    list(GET f 0 eco)
    list(GET f 1 district)
    list(APPEND ecosystems ${eco})
    list(APPEND key_${eco} ${district})
endforeach()
list(REMOVE_DUPLICATES ecosystems)
foreach(eco IN LISTS ecosystems)
    list(JOIN key_${eco} "," districts)
    zhili(key-districts set --ecosystem ${eco} --districts ${districts})
endforeach()

zhili(enterprises import ${DEMO}_enterprises.csv)

# Chain names are unique across the demo ecosystems, so no --ecosystem (the CLI takes only its key there).
csv_rows(events rows)
foreach(row IN LISTS rows)
    string(REPLACE "," ";" f "${row}")
    list(GET f 0 date)
    list(GET f 2 chain)
    list(GET f 3 title)
    list(GET f 4 district)
    list(GET f 5 enterprises)
    list(GET f 6 projects)
    list(GET f 7 orders)
    list(GET f 8 financing)
    zhili(events add --date ${date} --chain ${chain} --title ${title} --district ${district}
          --enterprises ${enterprises} --projects ${projects} --orders-wan ${orders} --financing-wan ${financing})
endforeach()

# Blockages get ids 1, 2 … in file order in the new cache; a closed date closes that id.
csv_rows(issues rows)
set(id 0)
foreach(row IN LISTS rows)
    math(EXPR id "${id} + 1")
    string(REPLACE "," ";" f "${row}")
    list(LENGTH f n)
    list(GET f 1 chain)
    list(GET f 2 text)
    list(GET f 3 district)
    list(GET f 4 owner)
    list(GET f 5 opened)
    set(where)
    if(NOT district STREQUAL "")
        set(where --district ${district})
    endif()
    zhili(chain-issues add --chain ${chain} --text ${text} ${where} --owner ${owner}
          --date ${opened})
    if(n GREATER 6)
        list(GET f 6 closed)
        if(NOT closed STREQUAL "")
            zhili(chain-issues close --id ${id} --date ${closed})
        endif()
    endif()
endforeach()
